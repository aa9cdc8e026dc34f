import { type AnyColumn, asc, eq, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { alignMany, loadByUuids } from './alignToKeys';
import { equalsAny } from './equalsAny';
import type { Database } from './openDatabase';
import { reusedStatement } from './reusedStatement';

/**
 * A place facilities are tenants of (an industrial zone, a cluster) and its
 * tenancy table, keyed by DONRE's facility id: the two tables the zones and
 * industry subgraphs each keep in their own database.
 */
export interface TenancyTables {
  place: PgTable & { id: AnyColumn };
  tenancy: PgTable & { facilityId: AnyColumn; since: AnyColumn };
  /** the tenancy's column naming its place (`zone_id`, `cluster_id`) */
  placeId: AnyColumn;
}

/** The two batched lookups every tenancy needs, one statement per batch. */
export class TenancyQueries<PlaceRow, TenancyRow extends { facilityId: string }> {
  constructor(
    private readonly db: Database,
    private readonly tables: TenancyTables,
    private readonly placeIdOf: (tenancy: TenancyRow) => string,
  ) {}

  /** The tenancies of many places, grouped in the order of `placeIds`, oldest first. */
  async ofPlaces(placeIds: readonly string[]): Promise<TenancyRow[][]> {
    const { tenancy, placeId } = this.tables;
    const rows = (await this.db
      .select()
      .from(tenancy)
      .where(equalsAny(placeId, placeIds, 'uuid'))
      .orderBy(asc(tenancy.since), asc(tenancy.facilityId))) as unknown as TenancyRow[];
    return alignMany(placeIds, rows, this.placeIdOf);
  }

  /** The tenancy of many facilities, with its place; null for a facility that is not a tenant. */
  async ofFacilities(
    facilityIds: readonly string[],
  ): Promise<Array<{ tenancy: TenancyRow; place: PlaceRow } | null>> {
    const { tenancy, place, placeId } = this.tables;
    const statement = reusedStatement(
      this.db,
      `TenancyQueries.ofFacilities:${getTableName(tenancy)}`,
      () =>
        this.db
          .select({ tenancy, place })
          .from(tenancy)
          .innerJoin(place, eq(place.id, placeId))
          .where(equalsAny(tenancy.facilityId, sql.placeholder('facilityIds'), 'uuid'))
          .prepare(''),
    );
    return loadByUuids(
      facilityIds,
      (row) => row.tenancy.facilityId,
      async (uuids) =>
        (await statement.execute({ facilityIds: uuids })) as unknown as Array<{
          tenancy: TenancyRow;
          place: PlaceRow;
        }>,
    );
  }
}
