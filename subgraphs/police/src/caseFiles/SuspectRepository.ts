import type { RowScope } from '@ipc-hub/access';
import { alignMany, type Database, equalsAny, isUuid } from '@ipc-hub/db';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { caseFiles, suspects } from '../db/schema';
import type { PersonInput } from '../input/personInput';
import { throughVisibleViolation } from '../violations/violationScope';

export type SuspectRecord = typeof suspects.$inferSelect;

export class SuspectRepository {
  /** `scope`: the caller's row scope, which a suspect takes from the case file's violation (writes use the default, all). */
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly scope: RowScope,
  ) {}

  private inScope(): SQL | undefined {
    const visible = throughVisibleViolation(this.scope, caseFiles.violationId);
    return visible
      ? sql`${suspects.caseFileId} in (select ${caseFiles.id} from ${caseFiles} where ${visible})`
      : undefined;
  }

  /** The suspects of many case files in one statement, in the order they were added. */
  async ofCaseFiles(caseFileIds: readonly string[]): Promise<SuspectRecord[][]> {
    const uuids = caseFileIds.filter(isUuid);
    const rows = uuids.length
      ? await this.db
          .select()
          .from(suspects)
          .where(and(equalsAny(suspects.caseFileId, uuids, 'uuid'), this.inScope()))
          .orderBy(asc(suspects.caseFileId), asc(suspects.position))
      : [];
    return alignMany(caseFileIds, rows, (row) => row.caseFileId);
  }

  /** Adds people after those already in the file (call with the case file locked). */
  async append(caseFileId: string, people: PersonInput[]): Promise<void> {
    if (people.length === 0) return;
    const [row] = await this.db
      .select({ next: sql<number>`coalesce(max(${suspects.position}) + 1, 0)::int` })
      .from(suspects)
      .where(eq(suspects.caseFileId, caseFileId));
    const next = row?.next ?? 0;
    await this.db.insert(suspects).values(
      people.map((person, index) => ({
        caseFileId,
        position: next + index,
        fullName: person.fullName,
        idNumber: person.idNumber ?? null,
        dateOfBirth: person.dateOfBirth ?? null,
        phone: person.phone ?? null,
      })),
    );
  }
}
