import { badCursor, type Database, isColumnInteger, type PageWindow } from '@ipc-hub/db';
import { desc, lt, sql } from 'drizzle-orm';
import { auditLog } from './auditLog';

export type AuditEntry = typeof auditLog.$inferSelect;

/** Reads a subgraph's audit trail back, newest first, keyset-paginated on its sequence number. */
export class AuditTrailRepository {
  constructor(private readonly db: Database) {}

  list(window: PageWindow): Promise<AuditEntry[]> {
    const [afterSeq] = window.after ?? [null];
    if (window.after && !isColumnInteger(afterSeq, Number.MAX_SAFE_INTEGER)) throw badCursor();
    return this.db
      .select()
      .from(auditLog)
      .where(typeof afterSeq === 'number' ? lt(auditLog.seq, afterSeq) : undefined)
      .orderBy(desc(auditLog.seq))
      .limit(window.fetch);
  }

  async count(): Promise<number> {
    const [row] = await this.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    return row?.n ?? 0;
  }
}
