import { type RowScope, scopeCondition } from '@ipc-hub/access';
import {
  countWhere,
  type Database,
  equalsAny,
  keysetAfter,
  loadByUuids,
  loadManyByUuids,
  matchesUuid,
  type PageWindow,
} from '@ipc-hub/db';
import { present } from '@ipc-hub/server-kit';
import {
  type AnyColumn,
  and,
  asc,
  eq,
  getTableColumns,
  isNotNull,
  type SQL,
  sql,
} from 'drizzle-orm';
import { unitAndDescendants } from '../../adminUnits/unitAndDescendants';
import type * as schema from '../../db/schema';
import {
  facilities,
  monitoringParameters,
  monitoringStationParameters,
  monitoringStations,
} from '../../db/schema';
import type { MonitoringParameter } from './ParameterCatalog';

/**
 * A station as the API reads it: its row, the parameters it measures, and
 * the unit it stands in — its facility's, or for a central plant its own —
 * which is what an AREA officer's scope is decided on.
 */
export type StationRecord = typeof monitoringStations.$inferSelect & {
  parameters: MonitoringParameter[];
  /** its facility's VSIC sector, which picks a sector standard; null for a central plant */
  sectorCode: string | null;
};

export interface StationFilter {
  kind?: StationRecord['kind'] | null;
  facilityId?: string | null;
  zoneId?: string | null;
  clusterId?: string | null;
  code?: string | null;
  adminUnitCode?: string | null;
}

/*
 * The subqueries name their tables in full: drizzle leaves the columns of a
 * one-table select unqualified, and `id` inside them would be the inner one.
 */

/** The unit of a facility's station is its facility's (kept by the registry, so it follows a change). */
const stationUnit = sql<string | null>`coalesce(
  (select f.admin_unit_code from ${facilities} f where f.id = monitoring_stations.facility_id),
  monitoring_stations.admin_unit_code)`;

/** A facility's station is judged by its facility's sector (a sector standard may apply). */
const stationSector = sql<
  string | null
>`(select f.sector_code from ${facilities} f where f.id = monitoring_stations.facility_id)`;

const stationParameters = sql<MonitoringParameter[]>`coalesce((
  select json_agg(json_build_object('id', p.id, 'code', p.code, 'nameVi', p.name_vi, 'nameEn', p.name_en, 'unit', p.unit) order by p.id)
  from ${monitoringStationParameters} sp join ${monitoringParameters} p on p.id = sp.parameter_id
  where sp.station_id = monitoring_stations.id), '[]'::json)`;

export class MonitoringStationRepository {
  /** `scope`: the caller's row scope; out-of-scope stations are never loaded (writes and ingestion use the default, all). */
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly scope: RowScope,
  ) {}

  private inScope(): SQL | undefined {
    return scopeCondition(this.scope, {
      facilityId: monitoringStations.facilityId,
      adminUnitCode: stationUnit,
    });
  }

  private select() {
    return this.db
      .select({
        ...getTableColumns(monitoringStations),
        adminUnitCode: stationUnit,
        parameters: stationParameters,
        sectorCode: stationSector,
      })
      .from(monitoringStations);
  }

  findByIds(ids: readonly string[]): Promise<Array<StationRecord | null>> {
    return loadByUuids(
      ids,
      (row) => row.id,
      (uuids) =>
        this.select().where(and(equalsAny(monitoringStations.id, uuids, 'uuid'), this.inScope())),
    );
  }

  async findByCodes(codes: readonly string[]): Promise<StationRecord[]> {
    if (codes.length === 0) return [];
    return this.select().where(and(equalsAny(monitoringStations.code, codes), this.inScope()));
  }

  private ofSubjects(
    column: AnyColumn,
    ids: readonly string[],
    keyOf: (row: StationRecord) => string | null,
  ): Promise<StationRecord[][]> {
    return loadManyByUuids(
      ids,
      (row) => keyOf(row) ?? '',
      (uuids) =>
        this.select()
          .where(and(equalsAny(column, uuids, 'uuid'), this.inScope()))
          .orderBy(asc(monitoringStations.code)),
    );
  }

  /** The stations of many facilities in one statement, by code. */
  ofFacilities(ids: readonly string[]): Promise<StationRecord[][]> {
    return this.ofSubjects(monitoringStations.facilityId, ids, (row) => row.facilityId);
  }

  /** The stations at many zones' central plants in one statement. */
  ofZones(ids: readonly string[]): Promise<StationRecord[][]> {
    return this.ofSubjects(monitoringStations.zoneId, ids, (row) => row.zoneId);
  }

  /** The stations at many clusters' central plants in one statement. */
  ofClusters(ids: readonly string[]): Promise<StationRecord[][]> {
    return this.ofSubjects(monitoringStations.clusterId, ids, (row) => row.clusterId);
  }

  /**
   * Every station of a facility (in the repository's scope), by code: one
   * statement that carries no list of facilities, for those who want the
   * stations of most of them (the plan's report).
   */
  atFacilities(): Promise<StationRecord[]> {
    return this.select()
      .where(and(isNotNull(monitoringStations.facilityId), this.inScope()))
      .orderBy(asc(monitoringStations.code));
  }

  /** Every station at a zone's or a cluster's central plant (in the repository's scope), by code. */
  atCentralPlants(): Promise<StationRecord[]> {
    return this.select()
      .where(
        and(
          sql`(${monitoringStations.zoneId} is not null or ${monitoringStations.clusterId} is not null)`,
          this.inScope(),
        ),
      )
      .orderBy(asc(monitoringStations.code));
  }

  private conditions(filter: StationFilter): SQL[] {
    const where: SQL[] = [];
    const scoped = this.inScope();
    if (scoped) where.push(scoped);
    if (filter.kind) where.push(eq(monitoringStations.kind, filter.kind));
    if (filter.code) where.push(eq(monitoringStations.code, filter.code.trim().toUpperCase()));
    if (filter.facilityId)
      where.push(matchesUuid(monitoringStations.facilityId, filter.facilityId));
    if (filter.zoneId) where.push(matchesUuid(monitoringStations.zoneId, filter.zoneId));
    if (filter.clusterId) where.push(matchesUuid(monitoringStations.clusterId, filter.clusterId));
    if (filter.adminUnitCode) {
      where.push(sql`${stationUnit} in ${unitAndDescendants(filter.adminUnitCode)}`);
    }
    return where;
  }

  /** In code order, keyset-paginated on (code, id). */
  list(filter: StationFilter, window: PageWindow): Promise<StationRecord[]> {
    const where = this.conditions(filter);
    const after = keysetAfter(window, monitoringStations.code, monitoringStations.id);
    if (after) where.push(after);
    return this.select()
      .where(and(...where))
      .orderBy(asc(monitoringStations.code), asc(monitoringStations.id))
      .limit(window.fetch);
  }

  async count(filter: StationFilter): Promise<number> {
    return countWhere(this.db, monitoringStations, this.conditions(filter));
  }

  /** Inserts a station and the parameters it measures; returns its id. */
  async insert(
    values: typeof monitoringStations.$inferInsert,
    parameterIds: readonly number[],
  ): Promise<string> {
    const row = present(
      (
        await this.db
          .insert(monitoringStations)
          .values(values)
          .returning({ id: monitoringStations.id })
      )[0],
      'the inserted row',
    );
    await this.db
      .insert(monitoringStationParameters)
      .values(parameterIds.map((parameterId) => ({ stationId: row.id, parameterId })));
    return row.id;
  }
}
