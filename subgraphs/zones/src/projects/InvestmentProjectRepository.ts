import { type RowScope, scopeCondition } from '@ipc-hub/access';
import {
  alignMany,
  countWhere,
  type Database,
  equalsAny,
  findRowsByIds,
  insertRow,
  isUuid,
  keysetPage,
  type ListOrder,
  lockRowById,
  matchesUuid,
  type PageWindow,
  updateRowById,
} from '@ipc-hub/db';
import { and, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { investmentProjects, zones } from '../db/schema';

export type InvestmentProjectRecord = typeof investmentProjects.$inferSelect;
export type NewInvestmentProject = typeof investmentProjects.$inferInsert;
export type InvestmentProjectChanges = Partial<
  Omit<NewInvestmentProject, 'id' | 'createdAt' | 'updatedAt'>
>;

export interface InvestmentProjectFilter {
  zoneId?: string | null;
  status?: InvestmentProjectRecord['status'] | null;
  inLineWithPlanning?: boolean | null;
  registeredFrom?: string | null;
  registeredTo?: string | null;
}

/** The district a project sits in: its zone's. */
const zoneUnit = sql`(select ${zones.adminUnitCode} from ${zones} where ${zones.id} = ${investmentProjects.zoneId})`;

/** The order of the list and of its cursors. */
const INVESTMENT_PROJECTS_ORDER: ListOrder = {
  sortColumn: investmentProjects.registeredOn,
  id: investmentProjects.id,
  direction: 'desc',
};

export class InvestmentProjectRepository {
  /** `scope`: the caller's row scope; projects out of it are never loaded (writes use the default, all). */
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly scope: RowScope,
  ) {}

  /** In a district officer's scope through its zone's district; in an operator's once its facility runs it. */
  private inScope(): SQL | undefined {
    return scopeCondition(this.scope, {
      facilityId: investmentProjects.facilityId,
      adminUnitCode: zoneUnit,
    });
  }

  /** Also `__resolveReference`'s loader: an id out of scope is no project for this caller. */
  async findByIds(ids: readonly string[]): Promise<Array<InvestmentProjectRecord | null>> {
    return findRowsByIds(this.db, investmentProjects, ids, this.inScope());
  }

  /** The projects of many facilities, grouped in the order of `facilityIds`, oldest first. */
  async ofFacilities(facilityIds: readonly string[]): Promise<InvestmentProjectRecord[][]> {
    const uuids = facilityIds.filter(isUuid);
    const rows = uuids.length
      ? await this.db
          .select()
          .from(investmentProjects)
          .where(and(equalsAny(investmentProjects.facilityId, uuids, 'uuid'), this.inScope()))
          .orderBy(investmentProjects.registeredOn, investmentProjects.id)
      : [];
    return alignMany(facilityIds, rows, (row) => row.facilityId ?? '');
  }

  /** The project, locked until the transaction ends. */
  async findForUpdate(id: string): Promise<InvestmentProjectRecord | null> {
    return lockRowById(this.db, investmentProjects, id);
  }

  async insert(project: NewInvestmentProject): Promise<InvestmentProjectRecord> {
    return insertRow(this.db, investmentProjects, project);
  }

  async update(id: string, changes: InvestmentProjectChanges): Promise<InvestmentProjectRecord> {
    return updateRowById(this.db, investmentProjects, id, changes);
  }

  private conditions(filter: InvestmentProjectFilter): SQL[] {
    const where: SQL[] = [];
    const scoped = this.inScope();
    if (scoped) where.push(scoped);
    if (filter.zoneId) where.push(matchesUuid(investmentProjects.zoneId, filter.zoneId));
    if (filter.status) where.push(eq(investmentProjects.status, filter.status));
    if (filter.inLineWithPlanning != null) {
      where.push(eq(investmentProjects.inLineWithPlanning, filter.inLineWithPlanning));
    }
    if (filter.registeredFrom)
      where.push(gte(investmentProjects.registeredOn, filter.registeredFrom));
    if (filter.registeredTo) where.push(lte(investmentProjects.registeredOn, filter.registeredTo));
    return where;
  }

  /** Most recently registered first. */
  async list(
    filter: InvestmentProjectFilter,
    window: PageWindow,
  ): Promise<InvestmentProjectRecord[]> {
    return keysetPage(
      this.db,
      investmentProjects,
      this.conditions(filter),
      INVESTMENT_PROJECTS_ORDER,
      window,
    );
  }

  async count(filter: InvestmentProjectFilter): Promise<number> {
    return countWhere(this.db, investmentProjects, this.conditions(filter));
  }
}
