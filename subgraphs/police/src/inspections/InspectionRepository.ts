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
} from '@ipc-hub/db';
import { and, desc, eq, gte, lte, or, type SQL, sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { inspections } from '../db/schema';

export type InspectionRecord = typeof inspections.$inferSelect;

export interface InspectionFilter {
  facilityId?: string | null;
  adminUnitCode?: string | null;
  kind?: InspectionRecord['kind'] | null;
  outcome?: InspectionRecord['outcome'] | null;
  agency?: InspectionRecord['leadAgency'] | null;
  from?: string | null;
  to?: string | null;
}

/** The order of the list and of its cursors. */
const INSPECTIONS_ORDER: ListOrder = {
  sortColumn: inspections.conductedOn,
  id: inspections.id,
  direction: 'desc',
};

export class InspectionRepository {
  /** `scope`: the caller's row scope; inspections out of it are never loaded (writes use the default, all). */
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly scope: RowScope,
  ) {}

  /** Inspections are internal, never published: the public's scope holds none of them. */
  private inScope(): SQL | undefined {
    return scopeCondition(this.scope, {
      facilityId: inspections.facilityId,
      adminUnitCode: inspections.adminUnitCode,
    });
  }

  /** Also `__resolveReference`'s loader: an id out of scope is no inspection for this caller. */
  async findByIds(ids: readonly string[]): Promise<Array<InspectionRecord | null>> {
    return findRowsByIds(this.db, inspections, ids, this.inScope());
  }

  /** The inspection, locked until the transaction ends, or null. */
  async findForUpdate(id: string): Promise<InspectionRecord | null> {
    return lockRowById(this.db, inspections, id);
  }

  /** Inspections of many facilities in one statement, newest first. */
  async ofFacilities(facilityIds: readonly string[]): Promise<InspectionRecord[][]> {
    const uuids = facilityIds.filter(isUuid);
    const rows = uuids.length
      ? await this.db
          .select()
          .from(inspections)
          .where(and(equalsAny(inspections.facilityId, uuids, 'uuid'), this.inScope()))
          .orderBy(desc(inspections.conductedOn), desc(inspections.id))
      : [];
    return alignMany(facilityIds, rows, (row) => row.facilityId);
  }

  private conditions(filter: InspectionFilter): SQL[] {
    const where: SQL[] = [];
    const scoped = this.inScope();
    if (scoped) where.push(scoped);
    if (filter.facilityId) where.push(matchesUuid(inspections.facilityId, filter.facilityId));
    if (filter.adminUnitCode) where.push(eq(inspections.adminUnitCode, filter.adminUnitCode));
    if (filter.kind) where.push(eq(inspections.kind, filter.kind));
    if (filter.outcome) where.push(eq(inspections.outcome, filter.outcome));
    if (filter.agency) {
      const agency = or(
        eq(inspections.leadAgency, filter.agency),
        sql`${filter.agency}::inspecting_agency = any(${inspections.jointAgencies})`,
      );
      if (agency) where.push(agency);
    }
    if (filter.from) where.push(gte(inspections.conductedOn, filter.from));
    if (filter.to) where.push(lte(inspections.conductedOn, filter.to));
    return where;
  }

  /** Newest first, keyset-paginated on (conducted_on, id). */
  async list(filter: InspectionFilter, window: PageWindow): Promise<InspectionRecord[]> {
    return keysetPage(this.db, inspections, this.conditions(filter), INSPECTIONS_ORDER, window);
  }

  async count(filter: InspectionFilter): Promise<number> {
    return countWhere(this.db, inspections, this.conditions(filter));
  }

  async insert(values: typeof inspections.$inferInsert): Promise<InspectionRecord> {
    return insertRow(this.db, inspections, values);
  }

  /** Laboratory results can show a violation the on-site record did not: the outcome follows. */
  async markViolationsFound(id: string): Promise<void> {
    await this.db
      .update(inspections)
      .set({ outcome: 'VIOLATIONS_FOUND', updatedAt: sql`now()` })
      .where(eq(inspections.id, id));
  }
}
