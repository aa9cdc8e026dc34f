import { type Database, equalsAny } from '@ipc-hub/db';
import { sql } from 'drizzle-orm';
import type * as schema from '../../db/schema';
import { monitoringFiles } from '../../db/schema';

export type MonitoringFileRecord = typeof monitoringFiles.$inferInsert;

/** The files received, by name. */
export class MonitoringFileRepository {
  constructor(private readonly db: Database<typeof schema>) {}

  /**
   * Records files as received; a name already recorded keeps its first
   * receipt. One statement whatever the number of files, each column one
   * array parameter (`unnest`): a group of a thousand files as a
   * multi-row insert would be eleven thousand parameters, each typed and
   * bound one by one.
   */
  async record(files: readonly MonitoringFileRecord[]): Promise<void> {
    if (files.length === 0) return;
    const column = <T>(value: (file: MonitoringFileRecord) => T) => sql.param(files.map(value));
    await this.db.execute(sql`insert into monitoring_files
        (file_name, station_id, sent_at, readings, accepted, duplicates, exceedances, received_by)
      select * from unnest(
        ${column((f) => f.fileName)}::text[], ${column((f) => f.stationId)}::uuid[],
        ${column((f) => f.sentAt.toISOString())}::timestamptz[], ${column((f) => f.readings)}::int4[],
        ${column((f) => f.accepted)}::int4[], ${column((f) => f.duplicates)}::int4[],
        ${column((f) => f.exceedances)}::int4[], ${column((f) => f.receivedBy ?? null)}::text[])
      on conflict do nothing`);
  }

  /** Which of these names were received before, in one statement. */
  async received(names: readonly string[]): Promise<Set<string>> {
    if (names.length === 0) return new Set();
    const rows = await this.db
      .select({ fileName: monitoringFiles.fileName })
      .from(monitoringFiles)
      .where(equalsAny(monitoringFiles.fileName, names));
    return new Set(rows.map((row) => row.fileName));
  }
}
