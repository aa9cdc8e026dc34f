import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '@ipc-hub/db';
import { environmentSubgraph } from '@ipc-hub/environment';
import { createLogger } from '@ipc-hub/logger';
import { recreateDatabase, withClient } from '../databases';

/**
 * A bench database of DONRE's own: dropped, created, migrated with
 * `subgraphs/environment/migrations` (so the readings table has the real
 * keys and BRIN index, and whatever partitioning the migrations add) and
 * seeded by the subgraph's own seed — the demo's facilities, its 35
 * monitoring stations and two weeks of their readings.
 */
export async function createDemoEnvironment(adminUrl: string, url: string): Promise<void> {
  await recreateDatabase(adminUrl, url);
  const logger = createLogger('bench-monitoring', 'warn');
  const database = await openDatabase({
    url,
    dataDir: '.data/unused',
    schema: environmentSubgraph.database.schema,
    migrationsFolder: environmentSubgraph.database.migrationsFolder,
    logger,
  });
  try {
    await database.migrate();
    await environmentSubgraph.seed(database.db, logger);
  } finally {
    await database.close();
  }
}

/** What a finished build wrote into its database: how many readings, and how long it took. */
export interface BuildRecord {
  readings: number;
  buildSeconds: number;
  builtAt: string;
}

/** How many migrations the environment subgraph has now (drizzle's journal). */
function migrationsNow(): number {
  const journal = JSON.parse(
    readFileSync(join(environmentSubgraph.database.migrationsFolder, 'meta/_journal.json'), 'utf8'),
  ) as { entries: unknown[] };
  return journal.entries.length;
}

/**
 * The build record of the database at `url`, or null when the database is
 * missing, its build never finished (the record is written last), or it
 * was built before the subgraph's latest migrations: its tables would not
 * be the real ones any more.
 */
export async function buildRecord(url: string): Promise<BuildRecord | null> {
  try {
    return await withClient(url, async (client) => {
      const applied = await client.query<{ n: number }>(
        'select count(*)::int as n from drizzle.__drizzle_migrations',
      );
      if ((applied.rows[0]?.n ?? 0) < migrationsNow()) return null;
      const result = await client.query<{
        readings: string;
        build_seconds: number;
        built_at: Date;
      }>('select readings, build_seconds, built_at from bench_meta');
      const row = result.rows[0];
      return row
        ? {
            readings: Number(row.readings),
            buildSeconds: row.build_seconds,
            builtAt: row.built_at.toISOString(),
          }
        : null;
    });
  } catch {
    return null;
  }
}

/** Marks the build of the database at `url` finished. */
export async function recordBuild(
  url: string,
  record: Omit<BuildRecord, 'builtAt'>,
): Promise<BuildRecord> {
  return withClient(url, async (client) => {
    await client.query(
      'create table bench_meta (readings bigint not null, build_seconds double precision not null, built_at timestamptz not null default now())',
    );
    const result = await client.query<{ built_at: Date }>(
      'insert into bench_meta (readings, build_seconds) values ($1, $2) returning built_at',
      [record.readings, record.buildSeconds],
    );
    return { ...record, builtAt: (result.rows[0]?.built_at ?? new Date()).toISOString() };
  });
}
