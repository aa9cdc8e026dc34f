import type { RowScope } from '@ipc-hub/access';
import { alignOne, type Database, equalsAny, insertRow, isUuid, lockRowById } from '@ipc-hub/db';
import { present } from '@ipc-hub/server-kit';
import { and, eq, sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { caseFiles } from '../db/schema';
import { throughVisibleViolation } from '../violations/violationScope';

export type CaseFileRecord = typeof caseFiles.$inferSelect;

export class CaseFileRepository {
  /**
   * `scope`: the caller's row scope, which a case file takes from its
   * violation (writes use the default, all). Only the police read case files,
   * and their scope is all: this keeps a file out of reach should that change.
   */
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly scope: RowScope,
  ) {}

  /** The case file of each of many violations (or null), in one statement. */
  async ofViolations(violationIds: readonly string[]): Promise<Array<CaseFileRecord | null>> {
    const uuids = violationIds.filter(isUuid);
    const rows = uuids.length
      ? await this.db
          .select()
          .from(caseFiles)
          .where(
            and(
              equalsAny(caseFiles.violationId, uuids, 'uuid'),
              throughVisibleViolation(this.scope, caseFiles.violationId),
            ),
          )
      : [];
    return alignOne(violationIds, rows, (row) => row.violationId);
  }

  /** The case file, locked until the transaction ends, or null. */
  async findForUpdate(id: string): Promise<CaseFileRecord | null> {
    return lockRowById(this.db, caseFiles, id);
  }

  async insert(values: typeof caseFiles.$inferInsert): Promise<CaseFileRecord> {
    return insertRow(this.db, caseFiles, values);
  }

  /** Appends evidence, and replaces the notes and the criminal-case reference when given. */
  async update(
    id: string,
    change: { addEvidence: string[]; investigatorNotes?: string; criminalCaseRef?: string },
  ): Promise<CaseFileRecord> {
    const [row] = await this.db
      .update(caseFiles)
      .set({
        evidence: sql`${caseFiles.evidence} || ${sql.param(change.addEvidence)}::text[]`,
        ...(change.investigatorNotes === undefined
          ? {}
          : { investigatorNotes: change.investigatorNotes }),
        ...(change.criminalCaseRef === undefined
          ? {}
          : { criminalCaseRef: change.criminalCaseRef }),
        updatedAt: sql`now()`,
      })
      .where(eq(caseFiles.id, id))
      .returning();
    return present(row, `case file ${id} being updated`);
  }
}
