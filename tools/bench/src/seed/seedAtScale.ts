import { citizensSubgraph } from '@ipc-hub/citizens';
import { type Database, openDatabase } from '@ipc-hub/db';
import { environmentSubgraph } from '@ipc-hub/environment';
import { insertEnvironmentSeed } from '@ipc-hub/environment/seed';
import { industrySubgraph } from '@ipc-hub/industry';
import { insertIndustrySeed } from '@ipc-hub/industry/seed';
import { createLogger } from '@ipc-hub/logger';
import { policeSubgraph } from '@ipc-hub/police';
import { insertPoliceSeed } from '@ipc-hub/police/seed';
import { generateHanoiSeed, type HanoiSeed } from '@ipc-hub/seed';
import type { AnySubgraphDefinition } from '@ipc-hub/server-kit';
import { zonesSubgraph } from '@ipc-hub/zones';
import { insertZonesSeed } from '@ipc-hub/zones/seed';
import { type BenchDatabases, recreateDatabase, type SubgraphName, withClient } from '../databases';
import { buildFloor } from '../floor/buildFloor';

interface Part {
  definition: AnySubgraphDefinition;
  // biome-ignore lint/suspicious/noExplicitAny: each insert takes its own subgraph's schema
  insert: (tx: Database<any>, base: HanoiSeed) => Promise<Record<string, number>>;
}

const PARTS: Record<SubgraphName, Part> = {
  environment: { definition: environmentSubgraph, insert: insertEnvironmentSeed },
  industry: { definition: industrySubgraph, insert: insertIndustrySeed },
  zones: { definition: zonesSubgraph, insert: insertZonesSeed },
  police: { definition: policeSubgraph, insert: insertPoliceSeed },
  // Reports come from people, not from the city seed: the bench's citizens database starts empty.
  citizens: { definition: citizensSubgraph, insert: async () => ({}) },
};

export interface SeedReport {
  scale: number;
  seconds: number;
  rows: Record<string, Record<string, number>>;
}

/**
 * `pnpm seed --scale N`: N× the city seed (one generator run, shared by the
 * four agencies as their own seeds share it) into one fresh database per
 * subgraph, migrated with the subgraph's own migrations; then the floor
 * database the bench's hand-written SQL reads.
 */
export async function seedAtScale(
  databases: BenchDatabases,
  scale: number,
  say: (line: string) => void,
): Promise<SeedReport> {
  const started = performance.now();
  const logger = createLogger('bench-seed', 'warn');
  const base = generateHanoiSeed({ scale });
  say(
    `generated ${scale}× the city: ${base.facilities.length} facilities, ${base.clusters.length} clusters, ${base.violations.length} violations (${seconds(started)} s)`,
  );

  const rows: Record<string, Record<string, number>> = {};
  await Promise.all(
    (Object.entries(PARTS) as Array<[SubgraphName, Part]>).map(async ([name, part]) => {
      const partStarted = performance.now();
      const url = databases.subgraph(name);
      await recreateDatabase(databases.admin, url);
      const database = await openDatabase({
        url,
        dataDir: '.data/unused',
        schema: part.definition.database.schema,
        migrationsFolder: part.definition.database.migrationsFolder,
        logger,
      });
      try {
        await database.migrate();
        rows[name] = await database.db.transaction((tx) => part.insert(tx, base));
      } finally {
        await database.close();
      }
      // Fresh statistics and visibility map, so the first plans are the ones a settled database gets.
      await withClient(url, (client) => client.query('vacuum analyze'));
      say(`  ${name.padEnd(12)} ${describe(rows[name] ?? {})} (${seconds(partStarted)} s)`);
    }),
  );

  const floorStarted = performance.now();
  const floorRows = await buildFloor(databases, scale);
  rows.floor = floorRows;
  say(`  ${'floor'.padEnd(12)} ${describe(floorRows)} (${seconds(floorStarted)} s)`);
  return { scale, seconds: Number(seconds(started)), rows };
}

function describe(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([table, n]) => `${n} ${table}`)
    .join(', ');
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}
