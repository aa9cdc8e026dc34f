import { badUserInput } from '@ipc-hub/errors';
import { and, eq, gt, sql } from 'drizzle-orm';
import { date, type PgColumn, type PgTable, timestamp } from 'drizzle-orm/pg-core';
import type { Database } from './openDatabase';

/**
 * Effective-dated history (docs/plan-report.md, "As of the period's end"):
 * each agency keeps, beside a record, the states it has had — the statuses
 * and declared flags the plan's targets read — each with the day it took
 * effect. A report for a past period reads the state in force on the
 * period's last day; the record's own row is the state in force today.
 *
 * A history table has the record's id, these two columns, and one column per
 * state it keeps; its key is (record, effective_on): a second change with
 * the same effective day replaces that day's state.
 */
export function historyColumns() {
  return {
    /** the day the state took effect (Hanoi calendar) */
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    /** when it was written */
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  };
}

export interface HistoryTable {
  table: PgTable;
  /** the column naming the record (`zone_id`, `cluster_id`, `facility_id`) */
  subject: PgColumn;
  effectiveOn: PgColumn;
}

/**
 * Writes a record's state as of `effectiveOn`, in the caller's transaction
 * (the one that changes the record). A state is a snapshot of every kept
 * column, so a change may not take effect before one already recorded for
 * the same record: that would rewrite the states in between. Refused with
 * BAD_USER_INPUT naming `field`, and nothing is written.
 */
export async function recordState(
  db: Database,
  history: HistoryTable,
  subjectId: string,
  effectiveOn: string,
  state: Record<string, unknown>,
  field: string,
): Promise<void> {
  const [later] = await db
    .select({ on: history.effectiveOn })
    .from(history.table)
    .where(and(eq(history.subject, subjectId), gt(history.effectiveOn, effectiveOn)))
    .limit(1);
  if (later) {
    throw badUserInput(field, {
      vi: `Ngày hiệu lực ${effectiveOn} trước một thay đổi đã ghi có hiệu lực ngày ${later.on}: không ghi lùi qua thay đổi đã có`,
      en: `effective date ${effectiveOn} is before a change already recorded as effective on ${later.on}: a change cannot take effect before one already recorded`,
    });
  }
  const { effectiveOn: _on, ...kept } = state;
  await db
    .insert(history.table)
    .values({ ...state, effectiveOn } as never)
    .onConflictDoUpdate({
      target: [history.subject, history.effectiveOn],
      set: { ...kept, recordedAt: sql`now()` } as never,
    });
}

/** Whether `changes` touches any of the kept columns: only then is a state recorded. */
export function changesKeptState(
  changes: Record<string, unknown>,
  kept: readonly string[],
): boolean {
  return kept.some((column) => changes[column] !== undefined);
}
