import { type RowScope, scopeCondition } from '@ipc-hub/access';
import { alignMany, type Database, equalsAny, findRowsByIds, insertRow, isUuid } from '@ipc-hub/db';
import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { certifications } from '../db/schema';

export type CertificationRecord = typeof certifications.$inferSelect;

export class CertificationRepository {
  /** `scope`: the caller's row scope; out-of-scope certifications are never loaded (writes use the default, all). */
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly scope: RowScope,
  ) {}

  private inScope(): SQL | undefined {
    return scopeCondition(this.scope, {
      facilityId: certifications.facilityId,
      adminUnitCode: certifications.adminUnitCode,
    });
  }

  async findByIds(ids: readonly string[]): Promise<Array<CertificationRecord | null>> {
    return findRowsByIds(this.db, certifications, ids, this.inScope());
  }

  /** The certifications of many facilities, latest first, grouped in the order of `facilityIds`. */
  async ofFacilities(facilityIds: readonly string[]): Promise<CertificationRecord[][]> {
    const uuids = facilityIds.filter(isUuid);
    const rows = uuids.length
      ? await this.db
          .select()
          .from(certifications)
          .where(and(equalsAny(certifications.facilityId, uuids, 'uuid'), this.inScope()))
          .orderBy(desc(certifications.issuedOn), asc(certifications.id))
      : [];
    return alignMany(facilityIds, rows, (row) => row.facilityId);
  }

  /** The certificate an issuer gave this number, if it was recorded already. */
  async findByNumber(
    kind: CertificationRecord['kind'],
    issuer: string,
    number: string,
  ): Promise<{ id: string } | null> {
    const [row] = await this.db
      .select({ id: certifications.id })
      .from(certifications)
      .where(
        and(
          eq(certifications.kind, kind),
          eq(certifications.issuer, issuer),
          eq(certifications.number, number),
        ),
      );
    return row ?? null;
  }

  async insert(values: typeof certifications.$inferInsert): Promise<CertificationRecord> {
    return insertRow(this.db, certifications, values);
  }
}
