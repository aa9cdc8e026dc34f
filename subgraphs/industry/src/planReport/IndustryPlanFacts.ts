import { allRows } from '@ipc-hub/access';
import { type Database, equalsAnyOrAll } from '@ipc-hub/db';
import {
  type ApprovedSubjects,
  type ComputedIndicator,
  centralPlantShortfalls,
  type DeclaredCentralPlant,
  type EvidenceWindow,
  evidenceWindow,
  type PlanPeriod,
  placeIndicator,
  projectIndicator,
  type Shortfall,
  type StationEvidence,
  vietnamToday,
  wastewaterEvidenceBy,
} from '@ipc-hub/plan';
import { and, asc, desc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import { missingTechnicalInfrastructure } from '../clusters/infrastructureCompleteness';
import type * as schema from '../db/schema';
import { certifications, clusterHistory, clusters, relocationCases } from '../db/schema';
import { ClusterInvestmentProjectRepository } from '../projects/ClusterInvestmentProjectRepository';

export interface CertificationFact {
  facilityId: string;
  kind: string;
  issuedOn: string;
  /** the facility's unit as DOIT recorded it: the caller's row scope */
  adminUnitCode: string;
}

export interface RelocationFact {
  facilityId: string;
  completedOn: string;
  adminUnitCode: string;
}

/** The certifications target 3.3 accepts: sản xuất sạch hơn, ISO 14001 (not an energy audit). */
const ENVIRONMENTAL_CERTIFICATIONS = ['ISO_14001', 'CLEANER_PRODUCTION'] as const;

/** A cluster's central plant station's evidence, as DONRE hands it over. */
export type ClusterEvidence = StationEvidence & { clusterId?: string | null };

/** A cluster as it stood on a day: its state from its history. */
interface ClusterAsOf extends DeclaredCentralPlant {
  id: string;
  adminUnitCode: string;
  solidWasteCollection: boolean;
  roads: boolean;
  drainage: boolean;
  power: boolean;
  waterSupply: boolean;
}

/** The plan's figures count every project; the caller's scope picks the items shown, later. */
const EVERY_PROJECT = allRows('target 3.7 counts every project registered in the period');

const DOIT = { vi: 'Sở Công Thương', en: 'DOIT' } as const;

const TECHNICAL_ITEM = {
  ROADS: { vi: 'đường giao thông', en: 'roads' },
  DRAINAGE: { vi: 'thoát nước', en: 'drainage' },
  POWER: { vi: 'cấp điện', en: 'power' },
  WATER_SUPPLY: { vi: 'cấp nước', en: 'water supply' },
} as const;

/**
 * Target 3.2's parts, as of the period's last day: the plan's technical
 * infrastructure (roads, drainage, power, water supply), the central plant
 * operating (commissioned by then) and meeting the standard on DONRE's
 * evidence (its stations within their limits and transmitting over the
 * period's last 90 days, docs/plan-report.md), and solid-waste collection.
 * The declared `compliant` flag is shown beside failing evidence, never
 * instead of it.
 */
function clusterShortfalls(
  cluster: ClusterAsOf,
  periodEnd: string,
  window: EvidenceWindow | null,
  stations: readonly StationEvidence[],
): Shortfall[] {
  const shortfalls: Shortfall[] = [];
  const technical = missingTechnicalInfrastructure(cluster).map(
    (part) => TECHNICAL_ITEM[part as keyof typeof TECHNICAL_ITEM],
  );
  if (technical.length > 0) {
    shortfalls.push({
      vi: `hạ tầng kỹ thuật chưa đồng bộ: thiếu ${technical.map((t) => t.vi).join(', ')}`,
      en: `technical infrastructure incomplete: no ${technical.map((t) => t.en).join(', ')}`,
    });
  }
  shortfalls.push(...centralPlantShortfalls(cluster, periodEnd, window, stations, DOIT));
  if (!cluster.solidWasteCollection) {
    shortfalls.push({
      vi: 'chưa thu gom, xử lý chất thải rắn',
      en: 'no solid-waste collection and treatment',
    });
  }
  return shortfalls;
}

/**
 * DOIT's part of the plan's report: target 3.2 computed from its clusters,
 * its share of 3.7 from the projects registered in them,
 * and the certifications and completed relocations DONRE needs for 3.3 and
 * 3.6 — those for the whole city even in a district's report, since the
 * unit they recorded is where the facility was then and DONRE picks
 * facilities by where they are now. Unscoped: the plan's figures are
 * public and count every record; the caller's scope decides only which
 * items the assembled report shows.
 * A cluster's status, plant and infrastructure count as they stood on the
 * period's last day (its history, docs/plan-report.md), as do the dated
 * records (plant commissioning, certificates, relocations).
 */
export class IndustryPlanFacts {
  constructor(private readonly db: Database<typeof schema>) {}

  /**
   * DOIT's share of target 3.7: the projects registered in the clusters in
   * the period, judged by the rule the Board's zone projects are judged by,
   * on DONRE's approvals (of the project itself, or of its facility).
   */
  async projectIndicator(
    period: PlanPeriod,
    unitCodes: readonly string[] | null,
    approved: ApprovedSubjects,
  ): Promise<ComputedIndicator> {
    const registered = await new ClusterInvestmentProjectRepository(
      this.db,
      EVERY_PROJECT,
    ).registeredIn(period.start, period.end, unitCodes);
    return projectIndicator('ClusterInvestmentProject', registered, approved, period);
  }

  async clusterIndicator(
    period: PlanPeriod,
    unitCodes: readonly string[] | null,
    evidence: readonly ClusterEvidence[],
    today: string = vietnamToday(),
  ): Promise<ComputedIndicator> {
    const window = evidenceWindow(period, today);
    const byCluster = wastewaterEvidenceBy(evidence, (station) => station.clusterId);
    // each cluster's state on the period's last day, in one statement: its latest history row by then
    const asOf = this.db
      .selectDistinctOn([clusterHistory.clusterId])
      .from(clusterHistory)
      .where(lte(clusterHistory.effectiveOn, period.end))
      .orderBy(clusterHistory.clusterId, desc(clusterHistory.effectiveOn))
      .as('as_of');
    const operating: ClusterAsOf[] = await this.db
      .select({
        id: clusters.id,
        adminUnitCode: clusters.adminUnitCode,
        plantStatus: asOf.plantStatus,
        plantCommissionedOn: asOf.plantCommissionedOn,
        plantCompliant: asOf.plantCompliant,
        solidWasteCollection: asOf.solidWasteCollection,
        roads: asOf.roads,
        drainage: asOf.drainage,
        power: asOf.power,
        waterSupply: asOf.waterSupply,
      })
      .from(clusters)
      .innerJoin(asOf, eq(asOf.clusterId, clusters.id))
      .where(and(eq(asOf.status, 'OPERATING'), equalsAnyOrAll(clusters.adminUnitCode, unitCodes)))
      .orderBy(asc(clusters.name), asc(clusters.id));
    return placeIndicator('3.2', 'IndustrialCluster', operating, (cluster) =>
      clusterShortfalls(cluster, period.end, window, byCluster.get(cluster.id) ?? []),
    );
  }

  /** Per facility, its latest cleaner-production or ISO 14001 certificate in force on the period's last day. */
  async certificationsInForce(period: PlanPeriod): Promise<CertificationFact[]> {
    return this.db
      .selectDistinctOn([certifications.facilityId], {
        facilityId: certifications.facilityId,
        kind: certifications.kind,
        issuedOn: certifications.issuedOn,
        adminUnitCode: certifications.adminUnitCode,
      })
      .from(certifications)
      .where(
        and(
          inArray(certifications.kind, [...ENVIRONMENTAL_CERTIFICATIONS]),
          lte(certifications.issuedOn, period.end),
          or(isNull(certifications.validUntil), gte(certifications.validUntil, period.end)),
        ),
      )
      .orderBy(asc(certifications.facilityId), desc(certifications.issuedOn));
  }

  /** The facilities whose relocation was completed by the period's last day. */
  async relocationsCompleted(period: PlanPeriod): Promise<RelocationFact[]> {
    const rows = await this.db
      .select({
        facilityId: relocationCases.facilityId,
        completedOn: relocationCases.completedOn,
        adminUnitCode: relocationCases.adminUnitCode,
      })
      .from(relocationCases)
      .where(
        and(eq(relocationCases.status, 'COMPLETED'), lte(relocationCases.completedOn, period.end)),
      )
      .orderBy(asc(relocationCases.facilityId));
    // the table's check gives every completed case its day
    return rows.flatMap((row) =>
      row.completedOn
        ? [
            {
              facilityId: row.facilityId,
              completedOn: row.completedOn,
              adminUnitCode: row.adminUnitCode,
            },
          ]
        : [],
    );
  }
}
