import { type Database, equalsAnyOrAll } from '@ipc-hub/db';
import type { PlanPeriod } from '@ipc-hub/plan';
import { and, asc, desc, eq, exists, gte, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { unitAndDescendants } from '../adminUnits/unitAndDescendants';
import type * as schema from '../db/schema';
import {
  approvals,
  facilities,
  facilityHistory,
  hazardousWasteRegistrations,
  hazardousWasteReports,
  postApprovalInspections,
  sectors,
  seriousPolluterListings,
} from '../db/schema';
import { type FacilityRecord, FacilityRepository } from '../facilities/FacilityRepository';

/** A drill-down's facility subject: DONRE's record, as `Facility` resolves it. */
export type FacilitySubject = FacilityRecord & { __typename: 'Facility' };

/**
 * DONRE's record of a facility an indicator names, read in the statement
 * that picks the facility, so the drill-down's subjects cost no statement
 * of their own and no list of ids; null when the report was asked without
 * its drill-down (`Records`).
 */
interface WithRecord {
  record: FacilitySubject | null;
}

/**
 * Whether the statements read each facility's record for the drill-down:
 * a report asked for its figures alone (the board's earlier quarters) does
 * not need them, and on the embedded database moving a thousand records
 * of 23 columns out of PostgreSQL costs two to three times the statement
 * that picks them.
 */
export type Records = 'with records' | 'without records';

/** The record's columns when they are read; none otherwise (the row's `facility` and `sector` are then absent). */
const recordColumnsIf = (records: Records) =>
  (records === 'with records'
    ? FacilityRepository.recordColumns
    : {}) as typeof FacilityRepository.recordColumns;

export interface PlanFacility extends WithRecord {
  id: string;
  adminUnitCode: string;
  startedOperationOn: string | null;
  /** an environmental approval of the facility was in force on the period's last day */
  approved: boolean;
}

export interface TreatmentInspection {
  facilityId: string;
  inspectedOn: string;
  treatmentCompliant: boolean;
}

export interface HazardousWasteTotals extends WithRecord {
  facilityId: string;
  adminUnitCode: string;
  generatedKg: number;
  treatedKg: number;
  reports: number;
}

export interface ListedFacility extends WithRecord {
  facilityId: string;
  adminUnitCode: string;
  listedOn: string;
  resolution: 'PENDING' | 'THOROUGHLY_TREATED' | 'RELOCATED' | 'CLOSED';
  resolvedOn: string | null;
  published: boolean;
}

/** Issued by `day`, neither revoked nor expired on it. */
function approvalInForceOn(day: string): SQL | undefined {
  return and(
    lte(approvals.issuedOn, day),
    or(isNull(approvals.revokedOn), sql`${approvals.revokedOn} > ${day}`),
    or(isNull(approvals.validUntil), gte(approvals.validUntil, day)),
  );
}

const withRecord = <Row extends Parameters<typeof FacilityRepository.toRecord>[0]>({
  facility,
  sector,
  ...rest
}: Row) => ({
  ...rest,
  // as FacilityRepository.toRecord builds it, typed for the drill-down's union in the same copy;
  // absent when the statement did not read it (recordColumnsIf)
  record: (facility as Row['facility'] | undefined)
    ? { __typename: 'Facility' as const, ...facility, sector }
    : null,
});

/**
 * DONRE's records as the plan's report reads them: each as it stood on the
 * period's last day, by the dates the department records. Unscoped: the
 * plan's figures are public and count every facility; the caller's scope
 * decides only which items the report shows. A facility's status and start
 * of operation count as they stood on the period's last day (its history,
 * docs/plan-report.md).
 */
export class EnvironmentPlanFacts {
  constructor(private readonly db: Database<typeof schema>) {}

  /** The unit and every unit under it, for the agencies that keep units by code. */
  async unitAndDescendants(code: string): Promise<string[]> {
    const result = (await this.db.execute(
      sql`select code from ${unitAndDescendants(code)} as units order by code`,
    )) as { rows: Array<{ code: string }> };
    return result.rows.map((row) => row.code);
  }

  /**
   * The facilities and the investment projects with an approval in force on
   * the day, each with its unit (a facility's in the registry, a project's
   * as recorded with its approval): for handing them over by the caller's
   * row scope. One statement.
   */
  async approvedPlacesOn(
    day: string,
    unitCodes: readonly string[] | null,
  ): Promise<
    Array<{ facilityId: string | null; projectId: string | null; adminUnitCode: string }>
  > {
    const unit = sql<string>`coalesce(${facilities.adminUnitCode}, ${approvals.adminUnitCode})`;
    // a zone's project or a cluster's: both agencies' ids are UUIDs, each picks its own
    const project = sql<
      string | null
    >`coalesce(${approvals.projectId}, ${approvals.clusterProjectId})`;
    return this.db
      .selectDistinct({
        facilityId: approvals.facilityId,
        projectId: project,
        adminUnitCode: unit,
      })
      .from(approvals)
      .leftJoin(facilities, eq(facilities.id, approvals.facilityId))
      .where(and(approvalInForceOn(day), equalsAnyOrAll(unit, unitCodes)))
      .orderBy(asc(approvals.facilityId), asc(project));
  }

  /** Target 3.4's subjects: operating on the period's last day, having started by then. */
  operating(
    period: PlanPeriod,
    unitCodes: readonly string[] | null,
    records: Records,
  ): Promise<PlanFacility[]> {
    const asOf = this.stateOn(period.end);
    return this.facilitiesAsOf(
      asOf,
      unitCodes,
      period.end,
      records,
      eq(asOf.status, 'OPERATING'),
      or(isNull(asOf.startedOperationOn), lte(asOf.startedOperationOn, period.end)),
    );
  }

  /** Target 3.3's subjects: every facility that started operating within the period, as recorded at its end. */
  startedIn(
    period: PlanPeriod,
    unitCodes: readonly string[] | null,
    records: Records,
  ): Promise<PlanFacility[]> {
    const asOf = this.stateOn(period.end);
    return this.facilitiesAsOf(
      asOf,
      unitCodes,
      period.end,
      records,
      gte(asOf.startedOperationOn, period.start),
      lte(asOf.startedOperationOn, period.end),
    );
  }

  /** Each facility's state on `day`: the latest of its history by then. */
  private stateOn(day: string) {
    return this.db
      .selectDistinctOn([facilityHistory.facilityId])
      .from(facilityHistory)
      .where(lte(facilityHistory.effectiveOn, day))
      .orderBy(facilityHistory.facilityId, desc(facilityHistory.effectiveOn))
      .as('as_of');
  }

  /**
   * The facilities in the report's units whose state (`asOf`) meets
   * `conditions`, in name order, each with its record and whether an
   * approval of it was in force on `day`: one statement, whatever their
   * number.
   */
  private async facilitiesAsOf(
    asOf: ReturnType<EnvironmentPlanFacts['stateOn']>,
    unitCodes: readonly string[] | null,
    day: string,
    records: Records,
    ...conditions: Array<SQL | undefined>
  ): Promise<PlanFacility[]> {
    const approved = exists(
      this.db
        .select({ one: sql`1` })
        .from(approvals)
        .where(and(eq(approvals.facilityId, facilities.id), approvalInForceOn(day))),
    );
    const rows = await this.db
      .select({
        ...recordColumnsIf(records),
        id: facilities.id,
        adminUnitCode: facilities.adminUnitCode,
        startedOperationOn: asOf.startedOperationOn,
        approved: sql<boolean>`${approved}`,
      })
      .from(facilities)
      .innerJoin(sectors, eq(sectors.code, facilities.sectorCode))
      .innerJoin(asOf, eq(asOf.facilityId, facilities.id))
      .where(and(...conditions, equalsAnyOrAll(facilities.adminUnitCode, unitCodes)))
      .orderBy(asc(facilities.name), asc(facilities.id));
    return rows.map(withRecord);
  }

  /** Per facility, the latest post-approval inspection of its treatment works by the day. */
  async latestTreatmentInspections(
    facilityIds: readonly string[],
    day: string,
  ): Promise<TreatmentInspection[]> {
    if (facilityIds.length === 0) return [];
    return this.db
      .selectDistinctOn([approvals.facilityId], {
        // the approvals of the facilities asked for: each has its facility
        facilityId: sql<string>`${approvals.facilityId}`,
        inspectedOn: postApprovalInspections.inspectedOn,
        treatmentCompliant: postApprovalInspections.treatmentCompliant,
      })
      .from(postApprovalInspections)
      .innerJoin(approvals, eq(approvals.id, postApprovalInspections.approvalId))
      .where(
        and(
          sql`${approvals.facilityId} = any(${sql.param([...facilityIds])}::uuid[])`,
          lte(postApprovalInspections.inspectedOn, day),
        ),
      )
      .orderBy(
        asc(approvals.facilityId),
        desc(postApprovalInspections.inspectedOn),
        desc(postApprovalInspections.id),
      );
  }

  /**
   * Target 3.5: per facility, the kilograms of its hazardous-waste reports
   * for reporting periods that ended within the period. Whenever they were
   * submitted: yearly reports are due in the following January, and the
   * waste they count was generated and handled within the period.
   */
  async hazardousWaste(
    period: PlanPeriod,
    unitCodes: readonly string[] | null,
    records: Records,
  ): Promise<HazardousWasteTotals[]> {
    const rows = await this.db
      .select({
        ...recordColumnsIf(records),
        facilityId: hazardousWasteRegistrations.facilityId,
        adminUnitCode: facilities.adminUnitCode,
        generatedKg: sql<number>`sum(${hazardousWasteReports.generatedKg})`.mapWith(Number),
        treatedKg: sql<number>`sum(${hazardousWasteReports.treatedKg})`.mapWith(Number),
        reports: sql<number>`count(*)`.mapWith(Number),
      })
      .from(hazardousWasteReports)
      .innerJoin(
        hazardousWasteRegistrations,
        eq(hazardousWasteRegistrations.id, hazardousWasteReports.registrationId),
      )
      .innerJoin(facilities, eq(facilities.id, hazardousWasteRegistrations.facilityId))
      .innerJoin(sectors, eq(sectors.code, facilities.sectorCode))
      .where(
        and(
          gte(hazardousWasteReports.periodEnd, period.start),
          lte(hazardousWasteReports.periodEnd, period.end),
          equalsAnyOrAll(facilities.adminUnitCode, unitCodes),
        ),
      )
      // the record's columns depend on the facility's and the sector's keys
      .groupBy(hazardousWasteRegistrations.facilityId, facilities.id, sectors.code)
      .orderBy(asc(facilities.name), asc(hazardousWasteRegistrations.facilityId));
    return rows.map(withRecord);
  }

  /** Target 3.6's subjects: per facility listed by the period's end, its latest listing then. */
  async listedBy(
    period: PlanPeriod,
    unitCodes: readonly string[] | null,
    records: Records,
  ): Promise<ListedFacility[]> {
    const rows = await this.db
      .selectDistinctOn([seriousPolluterListings.facilityId], {
        ...recordColumnsIf(records),
        facilityId: seriousPolluterListings.facilityId,
        adminUnitCode: facilities.adminUnitCode,
        listedOn: seriousPolluterListings.listedOn,
        resolution: seriousPolluterListings.resolution,
        resolvedOn: seriousPolluterListings.resolvedOn,
        published: seriousPolluterListings.published,
      })
      .from(seriousPolluterListings)
      .innerJoin(facilities, eq(facilities.id, seriousPolluterListings.facilityId))
      .innerJoin(sectors, eq(sectors.code, facilities.sectorCode))
      .where(
        and(
          lte(seriousPolluterListings.listedOn, period.end),
          equalsAnyOrAll(facilities.adminUnitCode, unitCodes),
        ),
      )
      .orderBy(
        asc(seriousPolluterListings.facilityId),
        desc(seriousPolluterListings.listedOn),
        desc(seriousPolluterListings.id),
      );
    return rows.map(withRecord);
  }
}
