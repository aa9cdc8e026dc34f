import { type RowScope, splitByScope } from '@ipc-hub/access';
import { notFound } from '@ipc-hub/errors';
import type { FactSeal } from '@ipc-hub/identity';
import {
  type ComputedIndicator,
  evidenceWindow,
  type HiddenItems,
  indicatorDefinition,
  type PlanReportKey,
  parsePlanPeriod,
  parsePlanReportId,
  planReportId,
  type ReceivedIndicator,
  readOnce,
  receivedIndicators,
  type StationEvidence,
  vietnamToday,
  withHiddenItems,
} from '@ipc-hub/plan';
import type DataLoader from 'dataloader';
import type { AdminUnitRecord } from '../adminUnits/AdminUnitRepository';
import type { MonitoringDataReader } from '../monitoring/readings/MonitoringDataReader';
import type { MonitoringStationRepository } from '../monitoring/stations/MonitoringStationRepository';
import { assembleIndicators, type IndicatorModel } from './assembleIndicators';
import type { EnvironmentPlanFacts, FacilitySubject, Records } from './EnvironmentPlanFacts';
import {
  type CrossAgencyFacts,
  hazardousWasteIndicator,
  newFacilitiesIndicator,
  operatingFacilitiesIndicator,
  seriousPollutersIndicator,
} from './facilityIndicators';

/**
 * A plan report as DONRE resolves it: its key, and — when the gateway asks
 * for `indicators` — what the zones, industry and police subgraphs computed
 * for it, delivered by the query plan (`@requires`).
 */
export interface PlanReportModel extends Partial<CrossAgencyFacts> {
  id: string;
  key: PlanReportKey;
  zoneIndicators?: readonly ReceivedIndicator[];
  clusterIndicators?: readonly ReceivedIndicator[];
  /** what the caller may not read of the facts above, sealed by the subgraph that gave them; null: none */
  policeSealedFacts?: string | null;
  industrySealedFacts?: string | null;
  zonesSealedFacts?: string | null;
}

interface PoliceSealed {
  openViolations: CrossAgencyFacts['openViolations'];
}
interface IndustrySealed {
  clusterItems: HiddenItems;
  facilityCertifications: CrossAgencyFacts['facilityCertifications'];
  completedRelocations: CrossAgencyFacts['completedRelocations'];
}
interface ZonesSealed {
  zoneItems: HiddenItems;
}

/** One central plant station's evidence, as HIZA and DOIT receive it. */
export interface PlantEvidenceFact extends StationEvidence {
  zoneId: string | null;
  clusterId: string | null;
}

/** The first instant of a Vietnamese calendar day. */

function required<T>(value: T | undefined, field: string): T {
  // the gateway's query plan always delivers what `indicators` requires
  if (value === undefined) throw new Error(`plan report input ${field} was not delivered`);
  return value;
}

/**
 * DONRE's side of the plan's report (docs/plan-report.md): it opens a report,
 * computes targets 3.3–3.6 from its own records and the facts the police
 * and DOIT hand over, and assembles all seven with those HIZA and DOIT
 * computed. One per request.
 */
export class PlanReports {
  constructor(
    private readonly facts: EnvironmentPlanFacts,
    private readonly stations: MonitoringStationRepository,
    private readonly monitoring: MonitoringDataReader,
    private readonly adminUnits: DataLoader<string, AdminUnitRecord | null>,
    private readonly scope: RowScope,
    private readonly seal: FactSeal,
  ) {}

  /** `planReport(period, adminUnit)`: checks both, computes nothing yet. */
  async open(period: string, adminUnit: string | null | undefined): Promise<PlanReportModel> {
    const parsed = parsePlanPeriod(period);
    const code = adminUnit?.trim() || null;
    if (code !== null && !(await this.adminUnits.load(code))) {
      throw notFound('administrative unit', code, 'adminUnit');
    }
    const id = planReportId(parsed.code, code);
    return { id, key: { period: parsed, adminUnitCode: code } };
  }

  /** A report named in `_entities`, with the fields the gateway brought along. */
  fromReference(reference: Omit<PlanReportModel, 'key'>): PlanReportModel {
    return { ...reference, key: parsePlanReportId(reference.id) };
  }

  scopeUnitCodes(report: PlanReportModel): Promise<string[] | null> {
    const code = report.key.adminUnitCode;
    return code === null ? Promise.resolve(null) : this.facts.unitAndDescendants(code);
  }

  /**
   * For HIZA's 3.7, the whole city's even in a district's report: HIZA
   * places a project by its zone, and the project's facility may be
   * registered in another unit. Approvals are internal records: in clear
   * only those within the caller's row scope (none for the public), the
   * rest sealed for HIZA (`sealedApprovals`).
   */
  async approvedFacilityIds(report: PlanReportModel): Promise<string[]> {
    return facilityIdsOf((await this.approvalsByScope(report)).visible);
  }

  /** The same for the investment projects approved themselves (an ĐTM approved for the project). */
  async approvedProjectIds(report: PlanReportModel): Promise<string[]> {
    return projectIdsOf((await this.approvalsByScope(report)).visible);
  }

  /**
   * What HIZA (3.1) and DOIT (3.2) are handed of DONRE's records and may
   * not show the caller, sealed for them: the approvals and the central
   * plants' monitoring evidence outside the caller's row scope.
   */
  async sealedFacts(report: PlanReportModel): Promise<string | null> {
    const [approvals, evidence] = await Promise.all([
      this.approvalsByScope(report),
      this.plantEvidenceByScope(report),
    ]);
    if (approvals.hidden.length === 0 && evidence.hidden.length === 0) return null;
    return this.seal.seal({
      approvedFacilityIds: facilityIdsOf(approvals.hidden),
      approvedProjectIds: projectIdsOf(approvals.hidden),
      plantEvidence: evidence.hidden.map(({ adminUnitCode: _, ...fact }) => fact),
    });
  }

  /**
   * The monitoring evidence of every zone's and cluster's central plant
   * over the period's last 90 days (docs/plan-report.md, "on the
   * evidence"), for HIZA's 3.1 and DOIT's 3.2: a station's data is an
   * internal record, so in clear only the stations within the caller's row
   * scope, the rest sealed (`sealedFacts`).
   */
  async plantEvidence(report: PlanReportModel): Promise<PlantEvidenceFact[]> {
    return (await this.plantEvidenceByScope(report)).visible.map(
      ({ adminUnitCode: _, ...fact }) => fact,
    );
  }

  private readonly plantEvidenceRead = new Map<
    string,
    ReturnType<PlanReports['readPlantEvidence']>
  >();

  private plantEvidenceByScope(report: PlanReportModel) {
    return readOnce(this.plantEvidenceRead, report.id, () => this.readPlantEvidence(report));
  }

  private async readPlantEvidence(report: PlanReportModel) {
    const window = evidenceWindow(report.key.period, vietnamToday());
    const stations = window ? await this.stations.atCentralPlants() : [];
    const evidence = window ? await this.monitoring.evidence(stations, window) : new Map();
    const facts = stations.flatMap((station) => {
      const found: StationEvidence | undefined = evidence.get(station.id);
      return found
        ? [
            {
              ...found,
              zoneId: station.zoneId,
              clusterId: station.clusterId,
              adminUnitCode: station.adminUnitCode,
            },
          ]
        : [];
    });
    return splitByScope(this.scope, facts, (fact) => ({ adminUnitCode: fact.adminUnitCode }));
  }

  /** by report id: the clear and the sealed field of one report read the approvals once */
  private readonly approvals = new Map<string, ReturnType<PlanReports['readApprovals']>>();

  private approvalsByScope(report: PlanReportModel) {
    return readOnce(this.approvals, report.id, () => this.readApprovals(report));
  }

  private async readApprovals(report: PlanReportModel) {
    const rows = await this.facts.approvedPlacesOn(report.key.period.end, null);
    return splitByScope(this.scope, rows, (row) => row);
  }

  /** `records`: whether the drill-down's items are asked for, and with them DONRE's records of their facilities. */
  async indicators(report: PlanReportModel, records: Records): Promise<IndicatorModel[]> {
    const { period } = report.key;
    // what the caller may read arrives in clear, the rest sealed: the figures count both
    const police = this.opened<PoliceSealed>(report.policeSealedFacts);
    const industry = this.opened<IndustrySealed>(report.industrySealedFacts);
    const zones = this.opened<ZonesSealed>(report.zonesSealedFacts);
    const facts: CrossAgencyFacts = {
      openViolations: [
        ...required(report.openViolations, 'openViolations'),
        ...(police?.openViolations ?? []),
      ],
      facilityCertifications: [
        ...required(report.facilityCertifications, 'facilityCertifications'),
        ...(industry?.facilityCertifications ?? []),
      ],
      completedRelocations: [
        ...required(report.completedRelocations, 'completedRelocations'),
        ...(industry?.completedRelocations ?? []),
      ],
    };
    const units = await this.scopeUnitCodes(report);
    // each statement picks its facilities and reads their records itself: no list of ids is sent
    const [started, operating, hazardousWaste, listed, stations] = await Promise.all([
      this.facts.startedIn(period, units, records),
      this.facts.operating(period, units, records),
      this.facts.hazardousWaste(period, units, records),
      this.facts.listedBy(period, units, records),
      this.stations.atFacilities(),
    ]);
    const inspections = await this.facts.latestTreatmentInspections(
      started.map((f) => f.id),
      period.end,
    );
    // 3.4 on the evidence: every station of the operating facilities over the period's last 90 days
    const window = evidenceWindow(period, vietnamToday());
    const operatingIds = new Set(operating.map((f) => f.id));
    const facilityStations = stations.filter(
      (station) => station.facilityId !== null && operatingIds.has(station.facilityId),
    );
    const evidence = window
      ? await this.monitoring.evidence(facilityStations, window)
      : new Map<string, StationEvidence>();
    const evidenceOf = new Map<string, StationEvidence[]>();
    for (const station of facilityStations) {
      const found = evidence.get(station.id);
      if (!found || !station.facilityId) continue;
      const list = evidenceOf.get(station.facilityId) ?? [];
      list.push(found);
      evidenceOf.set(station.facilityId, list);
    }
    const computed: ComputedIndicator[] = [
      ...receivedIndicators(
        withHiddenItems(
          required(report.zoneIndicators, 'zoneIndicators'),
          zones?.zoneItems ?? null,
        ),
      ),
      ...receivedIndicators(
        withHiddenItems(
          required(report.clusterIndicators, 'clusterIndicators'),
          industry?.clusterItems ?? null,
        ),
      ),
      newFacilitiesIndicator(started, inspections, facts),
      operatingFacilitiesIndicator(operating, { window, stations: evidenceOf }, facts, period),
      hazardousWasteIndicator(hazardousWaste, indicatorDefinition('3.5').target, period),
      seriousPollutersIndicator(listed, facts, period),
    ];
    return assembleIndicators(
      computed,
      this.scope,
      records === 'with records'
        ? facilityRecords([started, operating, hazardousWaste, listed])
        : null,
    );
  }

  /** Facts another subgraph sealed; one that does not open (forged, or another secret's) is a fault. */
  private opened<T>(sealed: string | null | undefined): T | null {
    return sealed ? this.seal.open<T>(sealed) : null;
  }
}

/** DONRE's records of every facility the drill-downs name, as the statements that picked them read them. */
function facilityRecords(
  picked: ReadonlyArray<ReadonlyArray<{ record: FacilitySubject | null }>>,
): Map<string, FacilitySubject> {
  const byId = new Map<string, FacilitySubject>();
  for (const rows of picked) for (const { record } of rows) if (record) byId.set(record.id, record);
  return byId;
}

type ApprovedPlace = { facilityId: string | null; projectId: string | null };
const facilityIdsOf = (rows: readonly ApprovedPlace[]) =>
  rows.flatMap((row) => (row.facilityId ? [row.facilityId] : []));
const projectIdsOf = (rows: readonly ApprovedPlace[]) =>
  rows.flatMap((row) => (row.projectId ? [row.projectId] : []));
