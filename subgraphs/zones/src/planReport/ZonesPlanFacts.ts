import { type Database, equalsAnyOrAll } from '@ipc-hub/db';
import {
  type ComputedIndicator,
  countedItem,
  indicatorOf,
  type PlanPeriod,
  placeIndicator,
  plantOperatingShortfall,
  type Shortfall,
  vietnameseDate,
} from '@ipc-hub/plan';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { investmentProjects, zones } from '../db/schema';
import type { ZoneRecord } from '../zones/ZoneRepository';

/** Target 3.1: the central plant operates, meets the standard and has automatic monitoring. */
function zoneShortfalls(zone: ZoneRecord, periodEnd: string): Shortfall[] {
  const operating = plantOperatingShortfall(zone, periodEnd);
  if (operating) return [operating];
  const shortfalls: Shortfall[] = [];
  if (!zone.plantCompliant) {
    shortfalls.push({
      vi: 'nước thải sau xử lý của trạm tập trung chưa đạt QCVN 40:2011/BTNMT',
      en: 'the central plant’s effluent does not meet QCVN 40:2011/BTNMT',
    });
  }
  if (!zone.plantAutoMonitoring) {
    shortfalls.push({
      vi: 'trạm xử lý nước thải tập trung chưa lắp đặt quan trắc tự động',
      en: 'the central plant has no automatic monitoring',
    });
  }
  return shortfalls;
}

interface ProjectRow {
  id: string;
  facilityId: string | null;
  inLineWithPlanning: boolean;
  planningNote: string | null;
  adminUnitCode: string;
}

/** Target 3.7: in line with the planning, and its facility's environmental approval in force. */
function projectShortfalls(
  project: ProjectRow,
  approved: ReadonlySet<string>,
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
  if (project.facilityId === null) {
    shortfalls.push({
      vi: 'chưa có cơ sở đăng ký với Sở TN&MT, nên chưa có hồ sơ môi trường được phê duyệt',
      en: 'no facility registered with DONRE yet, so no environmental approval on record',
    });
  } else if (!approved.has(project.facilityId)) {
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
 * Zones keep no history of their status or of the plant's compliance and
 * monitoring flags, so those count as they are now; the plant's
 * commissioning and the projects' registration count by their dates.
 */
export class ZonesPlanFacts {
  constructor(private readonly db: Database<typeof schema>) {}

  async zoneIndicator(
    period: PlanPeriod,
    unitCodes: readonly string[] | null,
  ): Promise<ComputedIndicator> {
    const operating = await this.db
      .select()
      .from(zones)
      .where(and(eq(zones.status, 'OPERATING'), equalsAnyOrAll(zones.adminUnitCode, unitCodes)))
      .orderBy(asc(zones.name), asc(zones.id));
    return placeIndicator('3.1', 'IndustrialZone', operating, (zone) =>
      zoneShortfalls(zone, period.end),
    );
  }

  async projectIndicator(
    period: PlanPeriod,
    unitCodes: readonly string[] | null,
    approvedFacilityIds: readonly string[],
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
    const approved = new Set(approvedFacilityIds);
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
