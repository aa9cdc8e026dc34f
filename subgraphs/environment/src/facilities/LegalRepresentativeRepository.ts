import { type Database, equalsAny, loadByUuids } from '@ipc-hub/db';
import { sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { legalRepresentatives } from '../db/schema';
import type { PersonModel } from '../models';

/** Personal data of facilities' legal representatives, in its own table. */
export class LegalRepresentativeRepository {
  constructor(private readonly db: Database<typeof schema>) {}

  ofFacilities(facilityIds: readonly string[]): Promise<Array<PersonModel | null>> {
    return loadByUuids(
      facilityIds,
      (row) => row.facilityId,
      (uuids) =>
        this.db
          .select()
          .from(legalRepresentatives)
          .where(equalsAny(legalRepresentatives.facilityId, uuids, 'uuid')),
    );
  }

  /** Replaces the facility's representative, keeping one row per facility. */
  async set(values: typeof legalRepresentatives.$inferInsert): Promise<void> {
    const { facilityId: _, ...changes } = values;
    await this.db
      .insert(legalRepresentatives)
      .values(values)
      .onConflictDoUpdate({
        target: legalRepresentatives.facilityId,
        set: { ...changes, updatedAt: sql`now()` },
      });
  }
}
