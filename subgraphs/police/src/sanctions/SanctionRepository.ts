import type { RowScope } from '@ipc-hub/access';
import {
  alignOne,
  type Database,
  equalsAny,
  insertRow,
  isUuid,
  lockRowById,
  updateRowById,
} from '@ipc-hub/db';
import { and, eq, sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { sanctions } from '../db/schema';
import { throughVisibleViolation } from '../violations/violationScope';

export type SanctionRecord = typeof sanctions.$inferSelect;

export class SanctionRepository {
  /** `scope`: the caller's row scope, which a sanction takes from its violation (writes use the default, all). */
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly scope: RowScope,
  ) {}

  /** The decision of each of many violations (or null), in one statement; null too for a violation out of scope. */
  async ofViolations(violationIds: readonly string[]): Promise<Array<SanctionRecord | null>> {
    const uuids = violationIds.filter(isUuid);
    const rows = uuids.length
      ? await this.db
          .select()
          .from(sanctions)
          .where(
            and(
              equalsAny(sanctions.violationId, uuids, 'uuid'),
              throughVisibleViolation(this.scope, sanctions.violationId),
            ),
          )
      : [];
    return alignOne(violationIds, rows, (row) => row.violationId);
  }

  /** The decision, locked until the transaction ends, or null. */
  async findForUpdate(id: string): Promise<SanctionRecord | null> {
    return lockRowById(this.db, sanctions, id);
  }

  /** Whether the authority already issued this number in the decision's year. */
  async decisionNumberTaken(
    authority: string,
    number: string,
    decidedOn: string,
  ): Promise<boolean> {
    const [row] = await this.db
      .select({ id: sanctions.id })
      .from(sanctions)
      .where(
        and(
          eq(sanctions.decidingAuthority, authority),
          eq(sanctions.decisionNumber, number),
          sql`extract(year from ${sanctions.decidedOn}) = extract(year from ${decidedOn}::date)`,
        ),
      )
      .limit(1);
    return row !== undefined;
  }

  async insert(values: typeof sanctions.$inferInsert): Promise<SanctionRecord> {
    return insertRow(this.db, sanctions, values);
  }

  async recordPayment(id: string, paidOn: string): Promise<SanctionRecord> {
    return updateRowById(this.db, sanctions, id, { paidOn });
  }
}
