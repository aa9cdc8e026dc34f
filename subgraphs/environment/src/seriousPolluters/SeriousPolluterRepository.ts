import { type RowScope, scopeCondition } from '@ipc-hub/access';
import {
  countWhere,
  type Database,
  equalsAny,
  findRowsByIds,
  insertRow,
  keysetPage,
  type ListOrder,
  loadManyByUuids,
  type PageWindow,
  updateRowById,
} from '@ipc-hub/db';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { unitAndDescendants } from '../adminUnits/unitAndDescendants';
import type * as schema from '../db/schema';
import { facilities, seriousPolluterListings } from '../db/schema';
import type { SeriousPolluterListingModel } from '../models';

export interface SeriousPolluterFilter {
  resolution?: SeriousPolluterListingModel['resolution'] | null;
  published?: boolean | null;
  year?: number | null;
  adminUnitCode?: string | null;
}

/** The unit a listed facility is in. */
const facilityUnit = sql`(select ${facilities.adminUnitCode} from ${facilities} where ${facilities.id} = ${seriousPolluterListings.facilityId})`;

/** The order of the list and of its cursors. */
const SERIOUS_POLLUTER_LISTINGS_ORDER: ListOrder = {
  sortColumn: seriousPolluterListings.listedOn,
  id: seriousPolluterListings.id,
  direction: 'desc',
};

export class SeriousPolluterRepository {
  /**
   * `scope`: the caller's row scope. Listings are published one by one
   * (docs/access.md): the public sees the published ones, an area officer those
   * and every listing in its units.
   */
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly scope: RowScope,
  ) {}

  private inScope(): SQL | undefined {
    return scopeCondition(this.scope, {
      facilityId: seriousPolluterListings.facilityId,
      adminUnitCode: facilityUnit,
      published: seriousPolluterListings.published,
    });
  }

  findByIds(ids: readonly string[]): Promise<Array<SeriousPolluterListingModel | null>> {
    return findRowsByIds(this.db, seriousPolluterListings, ids, this.inScope());
  }

  ofFacilities(facilityIds: readonly string[]): Promise<SeriousPolluterListingModel[][]> {
    return loadManyByUuids(
      facilityIds,
      (row) => row.facilityId,
      (uuids) =>
        this.db
          .select()
          .from(seriousPolluterListings)
          .where(and(equalsAny(seriousPolluterListings.facilityId, uuids, 'uuid'), this.inScope()))
          .orderBy(desc(seriousPolluterListings.listedOn), desc(seriousPolluterListings.id)),
    );
  }

  private conditions(filter: SeriousPolluterFilter): SQL[] {
    const where: SQL[] = [];
    const scoped = this.inScope();
    if (scoped) where.push(scoped);
    if (filter.resolution) where.push(eq(seriousPolluterListings.resolution, filter.resolution));
    if (filter.published != null)
      where.push(eq(seriousPolluterListings.published, filter.published));
    if (filter.year != null) {
      where.push(sql`extract(year from ${seriousPolluterListings.listedOn}) = ${filter.year}`);
    }
    if (filter.adminUnitCode) {
      where.push(
        sql`${seriousPolluterListings.facilityId} in (select ${facilities.id} from ${facilities} where ${facilities.adminUnitCode} in ${unitAndDescendants(filter.adminUnitCode)})`,
      );
    }
    return where;
  }

  /** Newest first, keyset-paginated on (listed_on, id). */
  list(filter: SeriousPolluterFilter, window: PageWindow): Promise<SeriousPolluterListingModel[]> {
    return keysetPage(
      this.db,
      seriousPolluterListings,
      this.conditions(filter),
      SERIOUS_POLLUTER_LISTINGS_ORDER,
      window,
    );
  }

  /** Every listing matching the filter (the published list is a few dozen, not paged). */
  all(filter: SeriousPolluterFilter): Promise<SeriousPolluterListingModel[]> {
    return this.db
      .select()
      .from(seriousPolluterListings)
      .where(and(...this.conditions(filter)))
      .orderBy(desc(seriousPolluterListings.listedOn), desc(seriousPolluterListings.id));
  }

  async count(filter: SeriousPolluterFilter): Promise<number> {
    return countWhere(this.db, seriousPolluterListings, this.conditions(filter));
  }

  async insert(
    values: typeof seriousPolluterListings.$inferInsert,
  ): Promise<SeriousPolluterListingModel> {
    return insertRow(this.db, seriousPolluterListings, values);
  }

  async update(
    id: string,
    values: Partial<typeof seriousPolluterListings.$inferInsert>,
  ): Promise<SeriousPolluterListingModel> {
    return updateRowById(this.db, seriousPolluterListings, id, values);
  }
}
