import { type Database, equalsAny } from '@ipc-hub/db';
import type * as schema from '../../db/schema';
import { monitoringFiles } from '../../db/schema';

export type MonitoringFileRecord = typeof monitoringFiles.$inferInsert;

/** The files received, by name. */
export class MonitoringFileRepository {
  constructor(private readonly db: Database<typeof schema>) {}

  /** Records files as received; a name already recorded keeps its first receipt. */
  async record(files: readonly MonitoringFileRecord[]): Promise<void> {
    if (files.length === 0) return;
    await this.db
      .insert(monitoringFiles)
      .values([...files])
      .onConflictDoNothing();
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
