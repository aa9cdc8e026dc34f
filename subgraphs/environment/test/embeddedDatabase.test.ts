import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateHanoiSeed } from '@ipc-hub/seed';
import { startSubgraph } from '@ipc-hub/server-kit';
import { gatewayProofHeaders, testLogger, testSubgraphConfig } from '@ipc-hub/testing';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { environmentSubgraph } from '../src/server';

const seed = generateHanoiSeed();

describe('the embedded default', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  async function start(dataDir: string) {
    const config = {
      ...testSubgraphConfig(environmentSubgraph, { dataDir, drop: async () => {} }),
      // as `pnpm start` does: no URL, seeding left to the default
      DATABASE_URL: undefined,
      HUB_SEED: undefined,
    };
    return startSubgraph(environmentSubgraph, { config, logger: testLogger('environment') });
  }

  async function facilityName(url: string, id: string): Promise<string> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...gatewayProofHeaders('environment') },
      body: JSON.stringify({
        query: 'query ($id: ID!) { facility(id: $id) { name } }',
        variables: { id },
      }),
    });
    const body = (await response.json()) as { data: { facility: { name: string } } };
    return body.data.facility.name;
  }

  it('seeds itself on first start and keeps its data, changes included, across a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ipc-hub-embedded-'));
    dirs.push(dataDir);
    const facility = seed.facilities[42];
    if (!facility) throw new Error('the seed has facilities');

    const first = await start(dataDir);
    expect(first.database.kind).toBe('pglite');
    expect(await facilityName(first.http.url, facility.id)).toBe(facility.name);
    await first.database.db.execute(
      sql`update facilities set name = 'Công ty TNHH Đổi Tên' where id = ${facility.id}`,
    );
    await first.close();

    const second = await start(dataDir);
    try {
      expect(await facilityName(second.http.url, facility.id)).toBe('Công ty TNHH Đổi Tên');
      const count = (await second.database.db.execute(
        sql`select count(*)::int as n from facilities`,
      )) as unknown as {
        rows: Array<{ n: number }>;
      };
      // seeded once, not again on the second start
      expect(count.rows[0]?.n).toBe(seed.facilities.length);
      // the readings' key, set aside while the seed wrote them, is back as the migration made it
      const key = (await second.database.db.execute(
        sql`select pg_get_constraintdef(oid) as definition from pg_constraint
          where conname = 'monitoring_readings_pkey'`,
      )) as unknown as { rows: Array<{ definition: string }> };
      expect(key.rows.map((row) => row.definition)).toEqual([
        'PRIMARY KEY (station_number, parameter_id, measured_at)',
      ]);
    } finally {
      await second.close();
    }
  }, 180_000); // two starts of the embedded database, each seeding or migrating it: slow on a busy machine
});
