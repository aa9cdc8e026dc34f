import {
  changesKeptState,
  countWhere,
  type Database,
  equalsAny,
  findRowsByIds,
  insertRow,
  keysetPage,
  type ListOrder,
  loadByUuids,
  lockRowById,
  type PageWindow,
  recordState,
  reusedStatement,
  TenancyQueries,
  updateRowById,
} from '@ipc-hub/db';
import { unitCodesUnder } from '@ipc-hub/units';
import { eq, type SQL, sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { ZONE_KEPT_STATE, zoneHistory, zones, zoneTenancies } from '../db/schema';

export type ZoneRecord = typeof zones.$inferSelect;
export type TenancyRecord = typeof zoneTenancies.$inferSelect;
export type NewZone = typeof zones.$inferInsert;
/** The columns a write may change; ids and timestamps are the repository's. */
export type ZoneChanges = Partial<Omit<NewZone, 'id' | 'createdAt' | 'updatedAt'>>;

export interface ZoneFilter {
  kind?: ZoneRecord['kind'] | null;
  status?: ZoneRecord['status'] | null;
  adminUnitCode?: string | null;
}

/** The order of the list and of its cursors. */
const ZONES_ORDER: ListOrder = { sortColumn: zones.name, id: zones.id };

export class ZoneRepository {
  /** which facilities are tenants of which zone */
  readonly tenancies: TenancyQueries<ZoneRecord, TenancyRecord>;

  constructor(private readonly db: Database<typeof schema>) {
    this.tenancies = new TenancyQueries(
      db,
      { place: zones, tenancy: zoneTenancies, placeId: zoneTenancies.zoneId },
      (tenancy) => tenancy.zoneId,
    );
  }

  /**
   * The zone each of many facilities is a tenant of (or null), in one
   * statement. Which zone a facility is in is public: the tenancy's own
   * details, which are not, are left unread.
   */
  async ofFacilities(facilityIds: readonly string[]): Promise<Array<ZoneRecord | null>> {
    const statement = reusedStatement(this.db, 'ZoneRepository.ofFacilities', () =>
      this.db
        .select({ facilityId: zoneTenancies.facilityId, place: zones })
        .from(zoneTenancies)
        .innerJoin(zones, eq(zones.id, zoneTenancies.zoneId))
        .where(equalsAny(zoneTenancies.facilityId, sql.placeholder('facilityIds'), 'uuid'))
        .prepare(''),
    );
    const rows = await loadByUuids<{ facilityId: string; place: ZoneRecord }>(
      facilityIds,
      (row) => row.facilityId,
      (uuids) => statement.execute({ facilityIds: uuids }),
    );
    return rows.map((row) => row?.place ?? null);
  }

  async findByIds(ids: readonly string[]): Promise<Array<ZoneRecord | null>> {
    return findRowsByIds(this.db, zones, ids);
  }

  /** The zone, locked until the transaction ends, so checks and the write see the same row. */
  async findForUpdate(id: string): Promise<ZoneRecord | null> {
    return lockRowById(this.db, zones, id);
  }

  async tenantCount(id: string): Promise<number> {
    const [row] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(zoneTenancies)
      .where(eq(zoneTenancies.zoneId, id));
    return row?.n ?? 0;
  }

  /** A new zone, its first state effective on `effectiveOn`. */
  async insert(zone: NewZone, effectiveOn: string): Promise<ZoneRecord> {
    const row = await insertRow(this.db, zones, zone);
    await this.keepState(row, effectiveOn);
    return row;
  }

  /**
   * Changes a zone; a change of its status or its plant's is kept in its
   * history as effective on `effectiveOn` (docs/plan-report.md).
   */
  async update(id: string, changes: ZoneChanges, effectiveOn: string): Promise<ZoneRecord> {
    const row = await updateRowById(this.db, zones, id, changes);
    if (changesKeptState(changes, ZONE_KEPT_STATE)) await this.keepState(row, effectiveOn);
    return row;
  }

  private keepState(zone: ZoneRecord, effectiveOn: string): Promise<void> {
    const state = Object.fromEntries(ZONE_KEPT_STATE.map((column) => [column, zone[column]]));
    return recordState(
      this.db,
      { table: zoneHistory, subject: zoneHistory.zoneId, effectiveOn: zoneHistory.effectiveOn },
      zone.id,
      effectiveOn,
      { ...state, zoneId: zone.id },
      'input.effectiveOn',
    );
  }

  private conditions(filter: ZoneFilter): SQL[] {
    const where: SQL[] = [];
    if (filter.kind) where.push(eq(zones.kind, filter.kind));
    if (filter.status) where.push(eq(zones.status, filter.status));
    // a former district's code also finds the communes formed from it (docs/units.md)
    if (filter.adminUnitCode)
      where.push(equalsAny(zones.adminUnitCode, unitCodesUnder(filter.adminUnitCode)));
    return where;
  }

  async list(filter: ZoneFilter, window: PageWindow): Promise<ZoneRecord[]> {
    return keysetPage(this.db, zones, this.conditions(filter), ZONES_ORDER, window);
  }

  async count(filter: ZoneFilter): Promise<number> {
    return countWhere(this.db, zones, this.conditions(filter));
  }
}
