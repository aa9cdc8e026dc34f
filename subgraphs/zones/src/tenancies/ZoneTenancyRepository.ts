import { type RowScope, scopeCondition } from '@ipc-hub/access';
import { type Database, equalsAny, insertRow, loadByUuids } from '@ipc-hub/db';
import { present } from '@ipc-hub/server-kit';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { zones, zoneTenancies } from '../db/schema';
import type { ZoneTenancyModel } from '../models';
import type { TenancyRecord, ZoneRecord } from '../zones/ZoneRepository';

export type NewTenancy = typeof zoneTenancies.$inferInsert;
export type TenancyChanges = Partial<
  Pick<NewTenancy, 'investmentCertificate' | 'connectedToPlant' | 'since'>
>;

/**
 * A tenancy's details (certificate, connection, since) are internal; which
 * zone a facility is in is public, and `ZoneRepository` reads that.
 */
export class ZoneTenancyRepository {
  /** `scope`: the caller's row scope; tenancies out of it are never loaded (writes use the default, all). */
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly scope: RowScope,
  ) {}

  /** A tenancy sits in its zone's district, and with its facility for the operator. */
  private inScope(): SQL | undefined {
    return scopeCondition(this.scope, {
      facilityId: zoneTenancies.facilityId,
      adminUnitCode: zones.adminUnitCode,
    });
  }

  /** The tenancy of many facilities, with its zone, in one statement; null for a facility that is no tenant or is out of scope. */
  async ofFacilities(facilityIds: readonly string[]): Promise<Array<ZoneTenancyModel | null>> {
    return loadByUuids(
      facilityIds,
      (row) => row.tenancy.facilityId,
      (uuids) =>
        this.db
          .select({ tenancy: zoneTenancies, place: zones })
          .from(zoneTenancies)
          .innerJoin(zones, eq(zones.id, zoneTenancies.zoneId))
          .where(and(equalsAny(zoneTenancies.facilityId, uuids, 'uuid'), this.inScope())),
    );
  }

  /** A facility's tenancy with its zone, both locked until the transaction ends. */
  async findForUpdate(
    facilityId: string,
  ): Promise<{ tenancy: TenancyRecord; place: ZoneRecord } | null> {
    const [row] = await this.db
      .select({ tenancy: zoneTenancies, place: zones })
      .from(zoneTenancies)
      .innerJoin(zones, eq(zones.id, zoneTenancies.zoneId))
      .where(eq(zoneTenancies.facilityId, facilityId))
      .for('update');
    return row ?? null;
  }

  async find(facilityId: string): Promise<TenancyRecord | null> {
    const [row] = await this.db
      .select()
      .from(zoneTenancies)
      .where(eq(zoneTenancies.facilityId, facilityId));
    return row ?? null;
  }

  async insert(tenancy: NewTenancy): Promise<TenancyRecord> {
    return insertRow(this.db, zoneTenancies, tenancy);
  }

  async update(facilityId: string, changes: TenancyChanges): Promise<TenancyRecord> {
    const row = present(
      (
        await this.db
          .update(zoneTenancies)
          .set({ ...changes, updatedAt: sql`now()` })
          .where(eq(zoneTenancies.facilityId, facilityId))
          .returning()
      )[0],
      `tenancy of ${facilityId}, locked for this update,`,
    );
    return row;
  }
}
