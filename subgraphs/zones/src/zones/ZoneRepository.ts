import {
  alignMany,
  type Database,
  equalsAny,
  keysetAfter,
  loadByUuids,
  type PageWindow,
} from '@ipc-hub/db';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { zones, zoneTenancies } from '../db/schema';

export type ZoneRecord = typeof zones.$inferSelect;
export type TenancyRecord = typeof zoneTenancies.$inferSelect;

export interface ZoneFilter {
  kind?: ZoneRecord['kind'] | null;
  status?: ZoneRecord['status'] | null;
  adminUnitCode?: string | null;
}

export class ZoneRepository {
  constructor(private readonly db: Database<typeof schema>) {}

  async findByIds(ids: readonly string[]): Promise<Array<ZoneRecord | null>> {
    return loadByUuids(
      ids,
      (row) => row.id,
      (uuids) =>
        this.db
          .select()
          .from(zones)
          .where(equalsAny(zones.id, uuids, 'uuid')),
    );
  }

  /** Tenancies of many zones in one statement, grouped in the order of `zoneIds`. */
  async tenanciesOfZones(zoneIds: readonly string[]): Promise<TenancyRecord[][]> {
    const rows = await this.db
      .select()
      .from(zoneTenancies)
      .where(equalsAny(zoneTenancies.zoneId, zoneIds, 'uuid'))
      .orderBy(asc(zoneTenancies.since), asc(zoneTenancies.facilityId));
    return alignMany(zoneIds, rows, (row) => row.zoneId);
  }

  /** The tenancy (and its zone) of many facilities in one statement. */
  async tenancyOfFacilities(
    facilityIds: readonly string[],
  ): Promise<Array<{ tenancy: TenancyRecord; zone: ZoneRecord } | null>> {
    return loadByUuids(
      facilityIds,
      (row) => row.tenancy.facilityId,
      (uuids) =>
        this.db
          .select({ tenancy: zoneTenancies, zone: zones })
          .from(zoneTenancies)
          .innerJoin(zones, eq(zones.id, zoneTenancies.zoneId))
          .where(equalsAny(zoneTenancies.facilityId, uuids, 'uuid')),
    );
  }

  private conditions(filter: ZoneFilter): SQL[] {
    const where: SQL[] = [];
    if (filter.kind) where.push(eq(zones.kind, filter.kind));
    if (filter.status) where.push(eq(zones.status, filter.status));
    if (filter.adminUnitCode) where.push(eq(zones.adminUnitCode, filter.adminUnitCode));
    return where;
  }

  async list(filter: ZoneFilter, window: PageWindow): Promise<ZoneRecord[]> {
    const where = this.conditions(filter);
    const after = keysetAfter(window, zones.name, zones.id);
    if (after) where.push(after);
    return this.db
      .select()
      .from(zones)
      .where(and(...where))
      .orderBy(asc(zones.name), asc(zones.id))
      .limit(window.fetch);
  }

  async count(filter: ZoneFilter): Promise<number> {
    const [row] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(zones)
      .where(and(...this.conditions(filter)));
    return row?.n ?? 0;
  }
}
