import { type Database, equalsAnyOrAll } from '@ipc-hub/db';
import {
  type ComputedIndicator,
  centralPlantShortfalls,
  countedItem,
  type DeclaredCentralPlant,
  evidenceWindow,
  indicatorOf,
  type PlanPeriod,
  placeIndicator,
  type Shortfall,
  type StationEvidence,
  vietnameseDate,
  vietnamToday,
  wastewaterEvidenceBy,
} from '@ipc-hub/plan';
import { and, asc, desc, eq, gte, lte } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { investmentProjects, zoneHistory, zones } from '../db/schema';

/** A zone's central plant station's evidence, as DONRE hands it over. */
export type ZoneEvidence = StationEvidence & { zoneId?: string | null };

/** A zone as it stood on a day: its state from its history. */
interface ZoneAsOf extends DeclaredCentralPlant {
  id: string;
  adminUnitCode: string;
}

/**
 * Target 3.1 on the evidence (docs/plan-report.md): the central plant was
 * operating on the period's last day (commissioned by then), its
 * wastewater stations' daily averages stayed within their limits over the
 * period's last 90 days, and they sent data on at least 80 % of those
 * days. The Board's declared `compliant` flag is shown beside a failing
 * verdict and never rescues it; this names the Board in that line.
 */
const BOARD = { vi: 'Ban Quản lý', en: 'the Board' } as const;

interface ProjectRow {
  id: string;
  facilityId: string | null;
  inLineWithPlanning: boolean;
  planningNote: string | null;
  adminUnitCode: string;
}

/** DONRE's approvals in force on the period's last day: of facilities, and of projects themselves. */
export interface ApprovedSubjects {
  facilityIds: readonly string[];
  projectIds: readonly string[];
}

/**
 * Target 3.7: in line with the planning, and with an environmental approval
 * in force at the period's end — granted to the project (an ĐTM approved
 * for it), or to the facility that runs it.
 */
function projectShortfalls(
  project: ProjectRow,
  approved: { facilities: ReadonlySet<string>; projects: ReadonlySet<string> },
  periodEnd: string,
): Shortfall[] {
  const shortfalls: Shortfall[] = [];
  if (!project.inLineWithPlanning) {
    const note = project.planningNote ? `: ${project.planningNote}` : '';
    shortfalls.push({
      vi: `không phù hợp quy hoạch${note}`,
      en: `not in line with the planning${note}`,
    });
  }
  if (approved.projects.has(project.id)) return shortfalls;
  if (project.facilityId === null) {
    shortfalls.push({
      vi: `dự án không có hồ sơ môi trường được phê duyệt còn hiệu lực ngày ${vietnameseDate(periodEnd)}, và chưa có cơ sở đăng ký với Sở TN&MT`,
      en: `no environmental approval of the project in force on ${periodEnd}, and no facility registered with DONRE yet`,
    });
  } else if (!approved.facilities.has(project.facilityId)) {
    shortfalls.push({
      vi: `không có hồ sơ môi trường còn hiệu lực ngày ${vietnameseDate(periodEnd)}`,
      en: `no environmental approval in force on ${periodEnd}`,
    });
  }
  return shortfalls;
}

/**
 * HIZA's part of the plan's report: targets 3.1 and 3.7 from the Board's
 * zones and projects, with DONRE's approvals reaching it through the query
 * plan. Unscoped: the figures are public and count every record; the
 * caller's scope decides only which items the assembled report shows.
 * A zone's status and its plant's count as they stood on the period's last
 * day (its history, docs/plan-report.md); the projects' registration counts
 * by its date, and a plant's standard and monitoring by DONRE's evidence.
 */
export class ZonesPlanFacts {
  constructor(private readonly db: Database<typeof schema>) {}

  async zoneIndicator(
    period: PlanPeriod,
    unitCodes: readonly string[] | null,
    evidence: readonly ZoneEvidence[],
    today: string = vietnamToday(),
  ): Promise<ComputedIndicator> {
    const window = evidenceWindow(period, today);
    const byZone = wastewaterEvidenceBy(evidence, (station) => station.zoneId);
    // each zone's state on the period's last day, in one statement: its latest history row by then
    const asOf = this.db
      .selectDistinctOn([zoneHistory.zoneId])
      .from(zoneHistory)
      .where(lte(zoneHistory.effectiveOn, period.end))
      .orderBy(zoneHistory.zoneId, desc(zoneHistory.effectiveOn))
      .as('as_of');
    const operating: ZoneAsOf[] = await this.db
      .select({
        id: zones.id,
        adminUnitCode: zones.adminUnitCode,
        plantStatus: asOf.plantStatus,
        plantCommissionedOn: asOf.plantCommissionedOn,
        plantCompliant: asOf.plantCompliant,
      })
      .from(zones)
      .innerJoin(asOf, eq(asOf.zoneId, zones.id))
      .where(and(eq(asOf.status, 'OPERATING'), equalsAnyOrAll(zones.adminUnitCode, unitCodes)))
      .orderBy(asc(zones.name), asc(zones.id));
    return placeIndicator('3.1', 'IndustrialZone', operating, (zone) =>
      centralPlantShortfalls(zone, period.end, window, byZone.get(zone.id) ?? [], BOARD),
    );
  }

  async projectIndicator(
    period: PlanPeriod,
    unitCodes: readonly string[] | null,
    approvedSubjects: ApprovedSubjects,
  ): Promise<ComputedIndicator> {
    const registered: ProjectRow[] = await this.db
      .select({
        id: investmentProjects.id,
        facilityId: investmentProjects.facilityId,
        inLineWithPlanning: investmentProjects.inLineWithPlanning,
        planningNote: investmentProjects.planningNote,
        adminUnitCode: zones.adminUnitCode,
      })
      .from(investmentProjects)
      .innerJoin(zones, eq(zones.id, investmentProjects.zoneId))
      .where(
        and(
          gte(investmentProjects.registeredOn, period.start),
          lte(investmentProjects.registeredOn, period.end),
          equalsAnyOrAll(zones.adminUnitCode, unitCodes),
        ),
      )
      .orderBy(asc(investmentProjects.registeredOn), asc(investmentProjects.id));
    const approved = {
      facilities: new Set(approvedSubjects.facilityIds),
      projects: new Set(approvedSubjects.projectIds),
    };
    return indicatorOf(
      '3.7',
      registered.map((project) =>
        countedItem(
          {
            subjectType: 'InvestmentProject',
            subjectId: project.id,
            adminUnitCode: project.adminUnitCode,
            facilityId: project.facilityId,
            public: false,
          },
          projectShortfalls(project, approved, period.end),
        ),
      ),
    );
  }
}
