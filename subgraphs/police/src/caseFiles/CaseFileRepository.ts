import { alignOne, type Database, equalsAny, isUuid } from '@ipc-hub/db';
import { present } from '@ipc-hub/server-kit';
import { eq, sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { caseFiles } from '../db/schema';

export type CaseFileRecord = typeof caseFiles.$inferSelect;

export class CaseFileRepository {
  constructor(private readonly db: Database<typeof schema>) {}

  /** The case file of each of many violations (or null), in one statement. */
  async ofViolations(violationIds: readonly string[]): Promise<Array<CaseFileRecord | null>> {
    const uuids = violationIds.filter(isUuid);
    const rows = uuids.length
      ? await this.db
          .select()
          .from(caseFiles)
          .where(equalsAny(caseFiles.violationId, uuids, 'uuid'))
      : [];
    return alignOne(violationIds, rows, (row) => row.violationId);
  }

  /** The case file, locked until the transaction ends, or null. */
  async findForUpdate(id: string): Promise<CaseFileRecord | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db.select().from(caseFiles).where(eq(caseFiles.id, id)).for('update');
    return row ?? null;
  }

  async insert(values: typeof caseFiles.$inferInsert): Promise<CaseFileRecord> {
    const [row] = await this.db.insert(caseFiles).values(values).returning();
    return present(row, 'the case file just inserted');
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
