import { type RowScope, scopeCondition } from '@ipc-hub/access';
import {
  alignMany,
  type Connection,
  countWhere,
  type Database,
  equalsAny,
  equalsAnyOrAll,
  findRowsByIds,
  insertRow,
  isUuid,
  keysetPage,
  type ListOrder,
  loadConnection,
  lockRowById,
  matchesUuid,
  type PageArgs,
  type PageWindow,
  type TableWithUuidAndUpdatedAt,
  updateRowById,
} from '@ipc-hub/db';
import { badUserInput } from '@ipc-hub/errors';
import type { RegisteredProject } from '@ipc-hub/plan';
import { and, asc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { InvestmentProjectStatus } from './projectConsistency';

/** A table of projects (`investmentProjectColumns`) beside the zone or cluster each is in. */
export type ProjectTable = TableWithUuidAndUpdatedAt & {
  facilityId: PgColumn;
  registeredOn: PgColumn;
  status: PgColumn;
  inLineWithPlanning: PgColumn;
  planningNote: PgColumn;
};

export interface ProjectFilter {
  /** the zone's or the cluster's id */
  placeId?: string | null;
  status?: InvestmentProjectStatus | null;
  inLineWithPlanning?: boolean | null;
  registeredFrom?: string | null;
  registeredTo?: string | null;
}

/** Where an agency keeps its projects: the table, the column of the zone or cluster, and that place's unit. */
export interface ProjectPlace<T extends ProjectTable> {
  table: T;
  placeId: PgColumn;
  /** the unit of the project's zone or cluster, as a subquery on the project's row */
  placeUnit: SQL;
}

/**
 * The projects of one agency as its caller may read them: in an area
 * officer's scope through its zone's or cluster's unit, in an operator's
 * once its facility runs it. Projects out of scope are never loaded;
 * writes name their scope (`allRows`) like every reader.
 */
export class ProjectRepository<T extends ProjectTable> {
  private readonly order: ListOrder;

  constructor(
    private readonly db: Database,
    private readonly scope: RowScope,
    private readonly place: ProjectPlace<T>,
  ) {
    this.order = { sortColumn: place.table.registeredOn, id: place.table.id, direction: 'desc' };
  }

  private inScope(): SQL | undefined {
    return scopeCondition(this.scope, {
      facilityId: this.place.table.facilityId,
      adminUnitCode: this.place.placeUnit,
    });
  }

  /** Also `__resolveReference`'s loader: an id out of scope is no project for this caller. */
  findByIds(ids: readonly string[]): Promise<Array<T['$inferSelect'] | null>> {
    return findRowsByIds(this.db, this.place.table, ids, this.inScope());
  }

  /** The projects of many facilities, grouped in the order of `facilityIds`, oldest first. */
  async ofFacilities(facilityIds: readonly string[]): Promise<T['$inferSelect'][][]> {
    const { table } = this.place;
    const uuids = facilityIds.filter(isUuid);
    const rows = uuids.length
      ? ((await this.db
          .select()
          .from(table as PgTable)
          .where(and(equalsAny(table.facilityId, uuids, 'uuid'), this.inScope()))
          .orderBy(table.registeredOn, table.id)) as T['$inferSelect'][])
      : [];
    return alignMany(facilityIds, rows, (row) => String(row.facilityId ?? ''));
  }

  /** The project, locked until the transaction ends. */
  findForUpdate(id: string): Promise<T['$inferSelect'] | null> {
    return lockRowById(this.db, this.place.table, id);
  }

  insert(project: T['$inferInsert']): Promise<T['$inferSelect']> {
    return insertRow(this.db, this.place.table, project);
  }

  update(id: string, changes: Partial<T['$inferInsert']>): Promise<T['$inferSelect']> {
    return updateRowById(this.db, this.place.table, id, changes);
  }

  /**
   * Target 3.7's subjects: the projects registered from `start` to `end`,
   * in `unitCodes` (null: the whole city) by their zone's or cluster's unit,
   * oldest first — one statement.
   */
  async registeredIn(
    start: string,
    end: string,
    unitCodes: readonly string[] | null,
  ): Promise<RegisteredProject[]> {
    const { table, placeUnit } = this.place;
    const rows = await this.db
      .select({
        id: table.id,
        facilityId: table.facilityId,
        inLineWithPlanning: table.inLineWithPlanning,
        planningNote: table.planningNote,
        adminUnitCode: sql<string>`${placeUnit}`,
      })
      .from(table as PgTable)
      .where(
        and(
          gte(table.registeredOn, start),
          lte(table.registeredOn, end),
          equalsAnyOrAll(placeUnit, unitCodes),
          this.inScope(),
        ),
      )
      .orderBy(asc(table.registeredOn), asc(table.id));
    return rows as RegisteredProject[];
  }

  private conditions(filter: ProjectFilter): SQL[] {
    const { table } = this.place;
    const where: SQL[] = [];
    const scoped = this.inScope();
    if (scoped) where.push(scoped);
    if (filter.placeId) where.push(matchesUuid(this.place.placeId, filter.placeId));
    if (filter.status) where.push(eq(table.status, filter.status));
    if (filter.inLineWithPlanning != null) {
      where.push(eq(table.inLineWithPlanning, filter.inLineWithPlanning));
    }
    if (filter.registeredFrom) where.push(gte(table.registeredOn, filter.registeredFrom));
    if (filter.registeredTo) where.push(lte(table.registeredOn, filter.registeredTo));
    return where;
  }

  /** Most recently registered first. */
  list(filter: ProjectFilter, window: PageWindow): Promise<T['$inferSelect'][]> {
    return keysetPage(this.db, this.place.table, this.conditions(filter), this.order, window);
  }

  count(filter: ProjectFilter): Promise<number> {
    return countWhere(this.db, this.place.table, this.conditions(filter));
  }
}

/**
 * `investmentProjects` / `clusterInvestmentProjects`: a page of projects,
 * most recently registered first; a registration range that ends before it
 * starts is refused.
 */
export function projectConnection<T extends ProjectTable>(
  repository: ProjectRepository<T>,
  args: PageArgs,
  filter: ProjectFilter,
): Promise<Connection<T['$inferSelect']>> {
  if (filter.registeredFrom && filter.registeredTo && filter.registeredFrom > filter.registeredTo) {
    throw badUserInput('filter.registeredTo', {
      vi: 'Khoảng thời gian đăng ký kết thúc trước khi bắt đầu',
      en: 'registeredTo is before registeredFrom',
    });
  }
  return loadConnection({
    args,
    keyArity: 2,
    keyOf: (row) => [row.registeredOn, row.id],
    fetch: (window) => repository.list(filter, window),
    count: () => repository.count(filter),
  });
}
