import { alignMany, type Database, equalsAny, isUuid } from '@ipc-hub/db';
import { asc, eq, sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { suspects } from '../db/schema';
import type { PersonInput } from '../input/personInput';

export type SuspectRecord = typeof suspects.$inferSelect;

export class SuspectRepository {
  constructor(private readonly db: Database<typeof schema>) {}

  /** The suspects of many case files in one statement, in the order they were added. */
  async ofCaseFiles(caseFileIds: readonly string[]): Promise<SuspectRecord[][]> {
    const uuids = caseFileIds.filter(isUuid);
    const rows = uuids.length
      ? await this.db
          .select()
          .from(suspects)
          .where(equalsAny(suspects.caseFileId, uuids, 'uuid'))
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
