import {
  type Database,
  equalsAny,
  keysetAfter,
  loadByUuids,
  type PageWindow,
  TenancyQueries,
} from '@ipc-hub/db';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { clusters, clusterTenancies } from '../db/schema';

export type ClusterRecord = typeof clusters.$inferSelect;
export type TenancyRecord = typeof clusterTenancies.$inferSelect;

export interface ClusterFilter {
  status?: ClusterRecord['status'] | null;
  adminUnitCode?: string | null;
}

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
    return loadByUuids(
      ids,
      (row) => row.id,
      (uuids) =>
        this.db
          .select()
          .from(clusters)
          .where(equalsAny(clusters.id, uuids, 'uuid')),
    );
  }

  private conditions(filter: ClusterFilter): SQL[] {
    const where: SQL[] = [];
    if (filter.status) where.push(eq(clusters.status, filter.status));
    if (filter.adminUnitCode) where.push(eq(clusters.adminUnitCode, filter.adminUnitCode));
    return where;
  }

  async list(filter: ClusterFilter, window: PageWindow): Promise<ClusterRecord[]> {
    const where = this.conditions(filter);
    const after = keysetAfter(window, clusters.name, clusters.id);
    if (after) where.push(after);
    return this.db
      .select()
      .from(clusters)
      .where(and(...where))
      .orderBy(asc(clusters.name), asc(clusters.id))
      .limit(window.fetch);
  }

  async count(filter: ClusterFilter): Promise<number> {
    const [row] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(clusters)
      .where(and(...this.conditions(filter)));
    return row?.n ?? 0;
  }
}
