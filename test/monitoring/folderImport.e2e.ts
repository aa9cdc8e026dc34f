import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  importMonitoringFolder,
  ingestReadings,
  type ReadingRow,
  writeSimulatedFiles,
} from '@ipc-hub/environment/monitoring';
import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateMonitoringSeed } from '@ipc-hub/seed/monitoring';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from '../support/startHub';
import {
  EXCEEDANCES,
  type ExceedanceAnswer,
  READINGS,
  type ReadingsAnswer,
} from './support/monitoringQueries';

const stations = generateMonitoringSeed(generateHanoiSeed()).slice(0, 2);
/** a day long before the seeded weeks, in the past whatever the clock says */
const END = '2025-07-01';
const DAY = { from: '2025-06-30T00:00:00+07:00', to: '2025-07-02T00:00:00+07:00' };

/** Every file under a folder with its content, by relative path. */
async function tree(folder: string): Promise<Array<[string, string]>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(folder.length + 1))
    .sort();
  return Promise.all(
    files.map(
      async (path) => [path, await readFile(join(folder, path), 'utf8')] as [string, string],
    ),
  );
}

describe('the station simulator', () => {
  const folders: string[] = [];
  const simulate = async (seed: number) => {
    const out = await mkdtemp(join(tmpdir(), 'ipc-hub-simulated-'));
    folders.push(out);
    await writeSimulatedFiles({ stations: 2, days: 1, out, end: END, seed });
    return tree(out);
  };
  afterAll(() => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

  it('writes the same files, byte for byte, for the same seed, and others for another', async () => {
    const first = await simulate(7);
    const again = await simulate(7);
    const other = await simulate(8);
    expect(first.length).toBeGreaterThan(500);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    expect(first[0]?.[0]).toMatch(/^2025\/06\/30\/HN_[A-Z0-9]+_NUOC01_20250630\d{6}\.txt$/);
  });
});

let hub: TestStack;
beforeAll(async () => {
  hub = await startHub();
});
afterAll(() => hub?.close());

describe('pnpm ingest <folder>', () => {
  let folder: string;
  const lines: string[] = [];
  const run = () =>
    importMonitoringFolder(
      // the command writes to the subgraph's own database, as it would on the server
      hub.subgraphs.environment?.database.db as never,
      folder,
      { write: (line) => lines.push(line), groupSize: 50 },
    );

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'ipc-hub-drop-'));
    await writeSimulatedFiles({ stations: 2, days: 1, out: folder, end: END, seed: 75 });
    await writeFile(
      join(folder, '2025/06/30/HN_BROKEN_NUOC01_20250630120000.txt'),
      'COD\t12.5\tmg/L\t20250630120000\t00\nTSS twelve mg/L 20250630120000 00\n',
    );
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('imports a drop folder, reporting each file, and refuses the malformed one', async () => {
    const files = (await tree(folder)).length;
    const report = await run();
    expect(report.files).toBe(files);
    expect(report.refused).toBe(1);
    expect(report.ingested + report.skipped + report.refused).toBe(files);
    expect(report.accepted).toBeGreaterThan(0);
    expect(lines).toHaveLength(files + 1);
    expect(lines.find((l) => l.includes('HN_BROKEN'))).toMatch(/refused: .*line 2/);
    expect(lines.at(-1)).toContain(`${files} files: ${report.ingested} ingested`);

    // what the command counted is what the API reads back
    const donre = hub.client(await testToken({ role: 'DONRE' }));
    let readings = 0;
    let exceedances = 0;
    for (const station of stations) {
      for (const parameter of station.parameters) {
        const data = await donre.request<ReadingsAnswer>(READINGS, {
          id: station.id,
          parameter,
          ...DAY,
          resolution: 'RAW',
        });
        readings += data.monitoringStation.readings.length;
      }
      const judged = await donre.request<ExceedanceAnswer>(EXCEEDANCES, { id: station.id, ...DAY });
      exceedances += judged.monitoringStation.exceedances.length;
    }
    expect(readings).toBe(report.accepted);
    expect(exceedances).toBe(report.exceedances);
  });

  it('resumes: a second run skips every file received and reads nothing twice', async () => {
    const first = lines.length;
    const report = await run();
    expect(report).toMatchObject({ ingested: 0, refused: 1, accepted: 0, duplicates: 0 });
    expect(report.skipped).toBe(report.files - 1);
    expect(
      lines.slice(first, -1).filter((l) => l.endsWith('skipped, already received\n')),
    ).toHaveLength(report.skipped);
  });
});

describe('the batch ingestion benchmarks call', () => {
  it('stores each reading once, in statements of many rows, and counts what it skipped', async () => {
    const db = hub.subgraphs.environment?.database.db;
    if (!db) throw new Error('no environment database');
    const station = stations[0];
    const found = (await db.execute(
      sql`select number from monitoring_stations where id = ${station?.id}`,
    )) as { rows: Array<{ number: number }> };
    const stationNumber = found.rows[0]?.number ?? 0;
    const start = Date.parse('2025-05-01T00:00:00+07:00');
    // a day of COD (parameter 5) every five minutes, and the first half of it again
    const rows: ReadingRow[] = Array.from({ length: 288 }, (_, i) => ({
      stationNumber,
      parameterId: 5,
      measuredAt: new Date(start + i * 300_000),
      value: 40 + (i % 7),
      status: 0,
    }));
    const statementsOf = async (batch: ReadingRow[]) => {
      const before = hub.statements().environment ?? 0;
      const result = await ingestReadings(db as never, batch);
      return { result, statements: (hub.statements().environment ?? 0) - before };
    };
    const day = await statementsOf(rows);
    expect(day.result).toEqual({ accepted: 288, duplicates: 0 });
    // a week the day after costs the statements a day did: one insert per batch (in the
    // savepoint that lets it fall back, which PostgreSQL counts as statements and PGlite not)
    const week = await statementsOf(
      Array.from({ length: 7 * 288 }, (_, i) => ({
        ...(rows[0] as ReadingRow),
        measuredAt: new Date(start + 86_400_000 + i * 300_000),
      })),
    );
    expect(week.result).toEqual({ accepted: 2016, duplicates: 0 });
    expect(week.statements).toBe(day.statements);
    expect(day.statements).toBeLessThanOrEqual(3);
    expect(await ingestReadings(db as never, [...rows.slice(0, 144), ...rows])).toEqual({
      accepted: 0,
      duplicates: 432,
    });
    const counted = (await db.execute(
      sql`select count(*)::int as n from monitoring_readings where station_number = ${stationNumber}
            and measured_at >= ${new Date(start).toISOString()}::timestamptz
            and measured_at < ${new Date(start + 86_400_000).toISOString()}::timestamptz`,
    )) as { rows: Array<{ n: number }> };
    expect(counted.rows[0]?.n).toBe(288);
  });

  // PGlite is one connection: two transactions cannot race there
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'stores a reading once when another transaction is storing it at the same moment',
    async () => {
      const db = hub.subgraphs.environment?.database.db;
      if (!db) throw new Error('no environment database');
      const found = (await db.execute(
        sql`select number from monitoring_stations where id = ${stations[0]?.id}`,
      )) as { rows: Array<{ number: number }> };
      const at = Date.parse('2025-06-01T00:00:00+07:00');
      const reading = (minutes: number): ReadingRow => ({
        stationNumber: found.rows[0]?.number ?? 0,
        parameterId: 5,
        measuredAt: new Date(at + minutes * 60_000),
        value: 41,
        status: 0,
      });
      let stored!: () => void;
      let release!: () => void;
      const storedByOther = new Promise<void>((resolve) => {
        stored = resolve;
      });
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      // another transaction stores the first reading and holds it, uncommitted
      const other = db.transaction(async (tx) => {
        await ingestReadings(tx as never, [reading(0)]);
        stored();
        await gate;
      });
      await storedByOther;
      const before = hub.statements().environment ?? 0;
      const racing = ingestReadings(db as never, [reading(0), reading(5)]);
      // wait until the racing insert waits on the other's row, then let the other commit
      let polls = 0;
      for (; polls < 500; polls += 1) {
        const waiting = (await db.execute(
          sql`select count(*)::int as n from pg_locks where not granted`,
        )) as { rows: Array<{ n: number }> };
        if ((waiting.rows[0]?.n ?? 0) > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(polls).toBeLessThan(500);
      release();
      await other;
      expect(await racing).toEqual({ accepted: 1, duplicates: 1 });
      // begin, the fast insert refused by the primary key, rollback, the careful insert: four
      // (less the polls above and the other's commit, which count too; without the race, three)
      const statements = (hub.statements().environment ?? 0) - before - (polls + 1) - 1;
      expect(statements).toBe(4);
    },
  );
});
