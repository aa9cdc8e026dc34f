import { unitOnDay } from '@ipc-hub/units';
import { dayToIsoDate, isoDateToDay } from '../isoDate';
import type { Random } from '../random';
import type { HanoiSeed, IsoDate, SeedFacility, SeedViolation } from '../types';
import { WeightedTable } from '../weightedTable';
import { cleanFindings, occasions } from './data/inspectionFindings';
import { DEMO_TODAY, FIRST_INSPECTION, LAST_INSPECTION_GONE } from './demoPeriod';
import type { InspectingAgency, InspectionKind, SeedInspection } from './types';

/** Inspections that found nothing, per year: with those that found something, a few hundred a year. */
const CLEAN_INSPECTIONS_PER_YEAR = 250;
const DAYS_PER_YEAR = 365;

/** High-risk sectors (KH 150/KH-UBND) are inspected more often. */
const riskWeight = { 'plan-75': 3, common: 2, none: 1 } as const;

const kinds = {
  clean: new WeightedTable<InspectionKind>([
    ['SCHEDULED', 58],
    ['SURPRISE', 14],
    ['COMPLAINT', 10],
    ['JOINT', 18],
  ]),
  /** findings come more often from surprise visits and complaints */
  finding: new WeightedTable<InspectionKind>([
    ['SCHEDULED', 25],
    ['SURPRISE', 30],
    ['COMPLAINT', 25],
    ['JOINT', 20],
  ]),
};

const jointLeads = new WeightedTable<InspectingAgency>([
  ['DONRE', 45],
  ['POLICE', 40],
  ['DISTRICT_COMMITTEE', 15],
]);

/** An inspection before it gets its id, with the violations of the shared seed it found. */
export type InspectionDraft = Omit<SeedInspection, 'id'> & { violationIds: string[] };

const byDateThenFacility = (a: InspectionDraft, b: InspectionDraft) =>
  a.conductedOn < b.conductedOn
    ? -1
    : a.conductedOn > b.conductedOn
      ? 1
      : a.facilityId < b.facilityId
        ? -1
        : a.facilityId > b.facilityId
          ? 1
          : 0;

/** The agencies of a joint team: the facility's own manager (HIZA, DOIT, the district) is usually in it. */
function jointTeam(
  random: Random,
  facility: SeedFacility,
): Pick<SeedInspection, 'leadAgency' | 'jointAgencies'> {
  const lead = jointLeads.pick(random);
  const team = new Set<InspectingAgency>(['POLICE', 'DONRE']);
  if (facility.setting === 'ZONE') team.add('HIZA');
  if (facility.setting === 'CLUSTER' && random.chance(0.6)) team.add('DOIT');
  if (facility.setting !== 'ZONE' && random.chance(0.5)) team.add('DISTRICT_COMMITTEE');
  team.delete(lead);
  return { leadAgency: lead, jointAgencies: [...team] };
}

function draftInspection(
  random: Random,
  facility: SeedFacility,
  conductedOn: IsoDate,
  kind: InspectionKind,
  found: SeedViolation[],
): InspectionDraft {
  const team: Pick<SeedInspection, 'leadAgency' | 'jointAgencies'> =
    kind === 'JOINT' ? jointTeam(random, facility) : { leadAgency: 'POLICE', jointAgencies: [] };
  const findings = found.length
    ? `${occasions[kind]}. Phát hiện ${found.length} hành vi vi phạm: ${found.map((v) => v.description).join('; ')}`
    : `${occasions[kind]}. ${random.pick(facility.dischargeM3PerDay ? cleanFindings.discharging : cleanFindings.other)}`;
  return {
    facilityId: facility.id,
    adminUnitCode: unitOnDay(facility.formerPlace, conductedOn),
    conductedOn,
    kind,
    ...team,
    findings,
    outcome: found.length ? 'VIOLATIONS_FOUND' : 'NO_VIOLATION',
    violationIds: found.map((v) => v.id),
  };
}

/** Whether a facility could be visited on a day: it operated, and was not gone yet. */
function operatingOn(facility: SeedFacility, day: IsoDate): boolean {
  if (facility.startedOperationOn === null || facility.startedOperationOn > day) return false;
  const gone = facility.status === 'CLOSED' || facility.status === 'RELOCATED';
  return !gone || day <= LAST_INSPECTION_GONE;
}

/**
 * Five years of inspections: one for every day a facility's violations of
 * the shared seed were detected in those years (it found them), and about
 * 250 a year that found nothing, weighted towards high-risk sectors.
 * Returned in date order, without ids.
 */
export function buildInspections(random: Random, base: HanoiSeed): InspectionDraft[] {
  const facilities = new Map(base.facilities.map((f) => [f.id, f]));
  const drafts: InspectionDraft[] = [];
  const visited = new Set<string>();

  const byVisit = new Map<string, SeedViolation[]>();
  for (const violation of base.violations) {
    if (violation.detectedOn < FIRST_INSPECTION || violation.detectedOn > DEMO_TODAY) continue;
    const key = `${violation.facilityId}|${violation.detectedOn}`;
    const group = byVisit.get(key);
    if (group) group.push(violation);
    else byVisit.set(key, [violation]);
  }
  for (const [key, found] of byVisit) {
    const [first] = found;
    const facility = first && facilities.get(first.facilityId);
    if (!first || !facility) continue;
    visited.add(key);
    drafts.push(
      draftInspection(random, facility, first.detectedOn, kinds.finding.pick(random), found),
    );
  }

  const risk = new Map(base.sectors.map((s) => [s.code, riskWeight[s.highRisk ?? 'none']]));
  const candidates = new WeightedTable(
    base.facilities
      .filter((f) => f.startedOperationOn !== null && f.startedOperationOn <= DEMO_TODAY)
      .map((f) => [f, risk.get(f.sectorCode) ?? 1] as const),
  );
  const first = isoDateToDay(FIRST_INSPECTION);
  const last = isoDateToDay(DEMO_TODAY);
  const total = Math.round(((last - first + 1) / DAYS_PER_YEAR) * CLEAN_INSPECTIONS_PER_YEAR);
  for (let made = 0, attempts = 0; made < total && attempts < total * 20; attempts++) {
    const facility = candidates.pick(random);
    const day = dayToIsoDate(random.int(first, last));
    const key = `${facility.id}|${day}`;
    if (!operatingOn(facility, day) || visited.has(key)) continue;
    visited.add(key);
    drafts.push(draftInspection(random, facility, day, kinds.clean.pick(random), []));
    made++;
  }

  return drafts.sort(byDateThenFacility);
}
