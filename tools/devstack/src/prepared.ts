import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A subgraph's embedded database, and the migrations that make it. */
export interface ServiceData {
  name: string;
  dataDir: string;
  migrationsDir: string;
}

export type PreparedState =
  | { prepared: true; migration: string }
  | { prepared: false; migration: string; reason: string };

/** Beside the data folder, not in it: PostgreSQL owns what is inside. */
const markerOf = (service: ServiceData) => `${service.dataDir}.prepared.json`;

/** The newest committed migration's tag (drizzle's journal), or `none`. */
function latestMigration(migrationsDir: string): string {
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta/_journal.json'), 'utf8')) as {
    entries: Array<{ tag: string }>;
  };
  return journal.entries.at(-1)?.tag ?? 'none';
}

/**
 * Whether a subgraph's database was prepared (migrated and seeded) by an
 * earlier start, up to its newest migration: a data folder and the marker
 * written after its preparation, naming that migration. A new migration,
 * a deleted folder or a preparation that failed half-way prepares again
 * (both steps do nothing to what is already there).
 */
export function preparedState(service: ServiceData): PreparedState {
  const migration = latestMigration(service.migrationsDir);
  if (!existsSync(join(service.dataDir, 'PG_VERSION'))) {
    return { prepared: false, migration, reason: 'no data yet' };
  }
  let marked: string | undefined;
  try {
    marked = (JSON.parse(readFileSync(markerOf(service), 'utf8')) as { migration?: string })
      .migration;
  } catch {
    return { prepared: false, migration, reason: 'not prepared by pnpm start yet' };
  }
  return marked === migration
    ? { prepared: true, migration }
    : { prepared: false, migration, reason: `new migrations since ${marked}` };
}

/** Marks a subgraph's database prepared up to `migration`. */
export function writePrepared(service: ServiceData, migration: string): void {
  writeFileSync(
    markerOf(service),
    `${JSON.stringify({ migration, preparedAt: new Date().toISOString() })}\n`,
  );
}
