import {
  changesKeptState,
  countWhere,
  type Database,
  equalsAny,
  findRowsByIds,
  insertRow,
  keysetPage,
  type ListOrder,
  lockRowById,
  type PageWindow,
  recordState,
  TenancyQueries,
  updateRowById,
} from '@ipc-hub/db';
import { unitCodesUnder } from '@ipc-hub/units';
import { and, eq, ne, type SQL } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { CLUSTER_KEPT_STATE, clusterHistory, clusters, clusterTenancies } from '../db/schema';
import { infrastructureCompleteCondition } from './infrastructureCompleteness';

export type ClusterRecord = typeof clusters.$inferSelect;
export type TenancyRecord = typeof clusterTenancies.$inferSelect;

export interface ClusterFilter {
  status?: ClusterRecord['status'] | null;
  adminUnitCode?: string | null;
  infrastructureComplete?: boolean | null;
}

/** The order of the list and of its cursors. */
const CLUSTERS_ORDER: ListOrder = { sortColumn: clusters.name, id: clusters.id };

export class ClusterRepository {
  /** which facilities are tenants of which cluster */
  readonly tenancies: TenancyQueries<ClusterRecord, TenancyRecord>;

  constructor(private readonly db: Database<typeof schema>) {
    this.tenancies = new TenancyQueries(
      db,
      { place: clusters, tenancy: clusterTenancies, placeId: clusterTenancies.clusterId },
      (tenancy) => tenancy.clusterId,
    );
  }

  async findByIds(ids: readonly string[]): Promise<Array<ClusterRecord | null>> {
    return findRowsByIds(this.db, clusters, ids);
  }

  /** The cluster, locked until the transaction ends, so two writes to it take turns. */
  async findForUpdate(id: string): Promise<ClusterRecord | null> {
    return lockRowById(this.db, clusters, id);
  }

  /** Another cluster of this name in this unit, if there is one. */
  async findNamesake(
    adminUnitCode: string,
    name: string,
    exceptId?: string,
  ): Promise<{ id: string } | null> {
    const [row] = await this.db
      .select({ id: clusters.id })
      .from(clusters)
      .where(
        and(
          eq(clusters.adminUnitCode, adminUnitCode),
          eq(clusters.name, name),
          exceptId ? ne(clusters.id, exceptId) : undefined,
        ),
      );
    return row ?? null;
  }

  private conditions(filter: ClusterFilter): SQL[] {
    const where: SQL[] = [];
    if (filter.status) where.push(eq(clusters.status, filter.status));
    // a former district's code also finds the communes formed from it (docs/units.md)
    if (filter.adminUnitCode)
      where.push(equalsAny(clusters.adminUnitCode, unitCodesUnder(filter.adminUnitCode)));
    if (typeof filter.infrastructureComplete === 'boolean') {
      where.push(infrastructureCompleteCondition(filter.infrastructureComplete));
    }
    return where;
  }

  async list(filter: ClusterFilter, window: PageWindow): Promise<ClusterRecord[]> {
    return keysetPage(this.db, clusters, this.conditions(filter), CLUSTERS_ORDER, window);
  }

  async count(filter: ClusterFilter): Promise<number> {
    return countWhere(this.db, clusters, this.conditions(filter));
  }

  /** A new cluster, its first state effective on `effectiveOn`. */
  async insert(values: typeof clusters.$inferInsert, effectiveOn: string): Promise<ClusterRecord> {
    const row = await insertRow(this.db, clusters, values);
    await this.keepState(row, effectiveOn);
    return row;
  }

  /**
   * Changes a cluster; a change of what its history keeps (status, plant,
   * infrastructure) is recorded as effective on `effectiveOn`.
   */
  async update(
    id: string,
    values: Partial<typeof clusters.$inferInsert>,
    effectiveOn: string,
  ): Promise<ClusterRecord> {
    const row = await updateRowById(this.db, clusters, id, values);
    if (changesKeptState(values, CLUSTER_KEPT_STATE)) await this.keepState(row, effectiveOn);
    return row;
  }

  private keepState(cluster: ClusterRecord, effectiveOn: string): Promise<void> {
    const state = Object.fromEntries(CLUSTER_KEPT_STATE.map((column) => [column, cluster[column]]));
    return recordState(
      this.db,
      {
        table: clusterHistory,
        subject: clusterHistory.clusterId,
        effectiveOn: clusterHistory.effectiveOn,
      },
      cluster.id,
      effectiveOn,
      { ...state, clusterId: cluster.id },
      'input.effectiveOn',
    );
  }

  /** The cluster the facility is a tenant of, if any. */
  async tenancyOf(facilityId: string): Promise<TenancyRecord | null> {
    const [row] = await this.db
      .select()
      .from(clusterTenancies)
      .where(eq(clusterTenancies.facilityId, facilityId));
    return row ?? null;
  }

  async admit(tenancy: typeof clusterTenancies.$inferInsert): Promise<void> {
    await this.db.insert(clusterTenancies).values(tenancy);
  }
}
