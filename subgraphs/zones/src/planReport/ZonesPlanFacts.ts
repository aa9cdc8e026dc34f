import { allRows } from '@ipc-hub/access';
import { type Database, equalsAnyOrAll } from '@ipc-hub/db';
import {
  type ApprovedSubjects,
  type ComputedIndicator,
  centralPlantShortfalls,
  type DeclaredCentralPlant,
  evidenceWindow,
  type PlanPeriod,
  placeIndicator,
  projectIndicator,
  type StationEvidence,
  vietnamToday,
  wastewaterEvidenceBy,
} from '@ipc-hub/plan';
import { and, asc, desc, eq, lte } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { zoneHistory, zones } from '../db/schema';
import { InvestmentProjectRepository } from '../projects/InvestmentProjectRepository';

/** The plan's figures count every project; the caller's scope picks the items shown, later. */
const EVERY_PROJECT = allRows('target 3.7 counts every project registered in the period');

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
    const registered = await new InvestmentProjectRepository(this.db, EVERY_PROJECT).registeredIn(
      period.start,
      period.end,
      unitCodes,
    );
    return projectIndicator('InvestmentProject', registered, approvedSubjects, period);
  }
}
