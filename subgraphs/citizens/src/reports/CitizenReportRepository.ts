import type { RowScope } from '@ipc-hub/access';
import {
  countWhere,
  type Database,
  equalsAny,
  insertRow,
  isUuid,
  keysetPage,
  type ListOrder,
  matchesUuid,
  type PageWindow,
  updateRowById,
} from '@ipc-hub/db';
import type { Role } from '@ipc-hub/registry';
import { and, asc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { citizenCorrections, citizenReportSteps, citizenReports } from '../db/schema';

export type CitizenReportRecord = typeof citizenReports.$inferSelect;
export type ReportStatus = CitizenReportRecord['status'];
export type ReportStepRecord = typeof citizenReportSteps.$inferSelect;
export type CorrectionRecord = typeof citizenCorrections.$inferSelect;

/** Not yet answered: what a due date is still running for. */
export const AWAITING_ANSWER: readonly ReportStatus[] = ['RECEIVED', 'ASSIGNED'];

export interface CitizenReportFilter {
  kind?: CitizenReportRecord['kind'] | null;
  status?: ReportStatus | null;
  assignedAgency?: string | null;
  adminUnitCode?: string | null;
  facilityId?: string | null;
  overdue?: boolean | null;
}

export interface HotspotRow {
  adminUnitCode: string;
  facilityId: string | null;
  complaints: number;
  open: number;
  firstReceivedOn: string;
  lastReceivedOn: string;
}

const NEWEST_FIRST: ListOrder = {
  sortColumn: citizenReports.receivedAt,
  id: citizenReports.id,
  direction: 'desc',
};

/**
 * The reports a caller handles or oversees, in SQL: an agency those handed
 * to it, the city every one, an area officer those of its units; nobody else
 * any. Reports are not an agency's records like the others (which every
 * agency reads): each belongs to the one agency that answers it.
 */
export function reportsOf(role: Role, scope: RowScope): SQL {
  if (role === 'CITY') return sql`true`;
  if (role === 'DONRE' || role === 'DOIT' || role === 'HIZA' || role === 'POLICE') {
    return eq(citizenReports.assignedAgency, role);
  }
  if (role === 'AREA' && scope.kind === 'units') {
    return equalsAny(citizenReports.adminUnitCode, scope.codes);
  }
  return sql`false`;
}

/** The reports a caller handles or oversees (`reportsOf`), their timelines and the writes on them. */
export class CitizenReportRepository {
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly scope: RowScope,
    private readonly role: Role,
  ) {}

  /** The same view of the reports, inside a transaction. */
  on(tx: Database<typeof schema>): CitizenReportRepository {
    return new CitizenReportRepository(tx, this.scope, this.role);
  }

  private visible(): SQL {
    return reportsOf(this.role, this.scope);
  }

  async findById(id: string): Promise<CitizenReportRecord | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db
      .select()
      .from(citizenReports)
      .where(and(eq(citizenReports.id, id), this.visible()));
    return row ?? null;
  }

  /** The report, locked until the transaction ends, when the caller may see it; else null. */
  async findForUpdate(id: string): Promise<CitizenReportRecord | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db
      .select()
      .from(citizenReports)
      .where(and(eq(citizenReports.id, id), this.visible()))
      .for('update');
    return row ?? null;
  }

  private conditions(filter: CitizenReportFilter, today: string): SQL[] {
    const where: SQL[] = [this.visible()];
    if (filter.kind) where.push(eq(citizenReports.kind, filter.kind));
    if (filter.status) where.push(eq(citizenReports.status, filter.status));
    if (filter.assignedAgency) where.push(eq(citizenReports.assignedAgency, filter.assignedAgency));
    if (filter.adminUnitCode) where.push(eq(citizenReports.adminUnitCode, filter.adminUnitCode));
    if (filter.facilityId) where.push(matchesUuid(citizenReports.facilityId, filter.facilityId));
    if (filter.overdue != null) {
      const overdue = and(
        lt(citizenReports.dueBy, today),
        inArray(citizenReports.status, [...AWAITING_ANSWER]),
      ) as SQL;
      where.push(filter.overdue ? overdue : sql`not (${overdue})`);
    }
    return where;
  }

  async list(
    filter: CitizenReportFilter,
    today: string,
    window: PageWindow,
  ): Promise<CitizenReportRecord[]> {
    return keysetPage(
      this.db,
      citizenReports,
      this.conditions(filter, today),
      NEWEST_FIRST,
      window,
    );
  }

  async count(filter: CitizenReportFilter, today: string): Promise<number> {
    return countWhere(this.db, citizenReports, this.conditions(filter, today));
  }

  async insert(values: typeof citizenReports.$inferInsert): Promise<CitizenReportRecord> {
    return insertRow(this.db, citizenReports, values);
  }

  async update(
    id: string,
    values: Partial<typeof citizenReports.$inferInsert>,
  ): Promise<CitizenReportRecord> {
    return updateRowById(this.db, citizenReports, id, values);
  }

  async addSteps(steps: (typeof citizenReportSteps.$inferInsert)[]): Promise<void> {
    if (steps.length > 0) await this.db.insert(citizenReportSteps).values(steps);
  }

  async insertCorrection(values: typeof citizenCorrections.$inferInsert): Promise<void> {
    await this.db.insert(citizenCorrections).values(values);
  }

  /**
   * Pollution complaints received since `since`, by commune and facility,
   * kept only where there are at least `minimum` of them (the hotspot rule,
   * docs/citizens-reports.md).
   */
  async hotspots(since: string, minimum: number): Promise<HotspotRow[]> {
    const complaints = sql<number>`count(*)::int`;
    return this.db
      .select({
        adminUnitCode: sql<string>`${citizenReports.adminUnitCode}`,
        facilityId: citizenReports.facilityId,
        complaints,
        open: sql<number>`(count(*) filter (where ${inArray(citizenReports.status, [...AWAITING_ANSWER])}))::int`,
        firstReceivedOn: sql<string>`min(${citizenReports.receivedOn})::text`,
        lastReceivedOn: sql<string>`max(${citizenReports.receivedOn})::text`,
      })
      .from(citizenReports)
      .where(
        and(
          this.visible(),
          eq(citizenReports.kind, 'POLLUTION_COMPLAINT'),
          gte(citizenReports.receivedOn, since),
        ),
      )
      .groupBy(citizenReports.adminUnitCode, citizenReports.facilityId)
      .having(sql`count(*) >= ${minimum}`)
      .orderBy(sql`count(*) desc`, asc(citizenReports.adminUnitCode));
  }
}
