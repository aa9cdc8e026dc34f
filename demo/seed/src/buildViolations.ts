import { unitOnDay } from '@ipc-hub/units';
import { deriveSeed } from './deriveSeed';
import { describeViolation } from './describeViolation';
import { entityId } from './entityId';
import { dayToIsoDate, isoDateToDay, randomIsoDate } from './isoDate';
import { Random } from './random';
import type {
  FacilitySetting,
  IsoDate,
  SeedFacility,
  SeedSector,
  SeedViolation,
  ViolationCategory,
  ViolationStatus,
} from './types';
import { WeightedTable } from './weightedTable';

const VIOLATIONS_PER_SCALE = 400;
/** share of facilities with at least one violation */
const OFFENDER_SHARE = 0.2;
/** Plan 75 was issued in May 2012; the demo's inspections start after it. */
const FIRST_DETECTION: IsoDate = '2012-06-01';
/** the demo's "today": the newest findings are still open */
const LAST_DETECTION: IsoDate = '2026-10-31';
/** closed and relocated facilities are no longer inspected after this */
const LAST_DETECTION_GONE: IsoDate = '2021-12-31';

const riskWeight = { 'plan-75': 3, common: 2.5, none: 1 } as const;
const settingWeight: Record<FacilitySetting, number> = { ZONE: 0.8, CLUSTER: 1.2, STANDALONE: 1.8 };
/** sectors whose findings are mostly about smoke and dust rather than wastewater */
const emissionSectors = new Set(['0810', '2392', '2394', '2410', '2420', '2431']);

function categoryTable(emissionHeavy: boolean, monitored: boolean) {
  return new WeightedTable<ViolationCategory>([
    ['WASTEWATER_EXCEEDANCE', emissionHeavy ? 16 : 40],
    ['EMISSION_EXCEEDANCE', emissionHeavy ? 48 : 12],
    ['HAZARDOUS_WASTE', 14],
    ['NO_ENVIRONMENTAL_APPROVAL', 12],
    ['NO_PERMIT', 8],
    ['MONITORING_NOT_OPERATED', monitored ? 6 : 1],
    ['OTHER', 8],
  ]);
}

const categoryTables = {
  emissionMonitored: categoryTable(true, true),
  emission: categoryTable(true, false),
  monitored: categoryTable(false, true),
  plain: categoryTable(false, false),
};

/** Fresh findings are open; old ones are mostly remedied. */
const statusTables = {
  fresh: new WeightedTable<ViolationStatus>([
    ['DETECTED', 55],
    ['SANCTIONED', 35],
    ['REMEDIED', 5],
    ['DISMISSED', 5],
  ]),
  recent: new WeightedTable<ViolationStatus>([
    ['DETECTED', 8],
    ['SANCTIONED', 42],
    ['REMEDIED', 40],
    ['PROSECUTED', 3],
    ['DISMISSED', 7],
  ]),
  old: new WeightedTable<ViolationStatus>([
    ['DETECTED', 2],
    ['SANCTIONED', 18],
    ['REMEDIED', 70],
    ['PROSECUTED', 3],
    ['DISMISSED', 7],
  ]),
};

/**
 * About 400 × scale violations over about a fifth of the facilities that have
 * operated, favouring high-risk sectors, standalone workshops and suspended
 * facilities; some facilities are repeat offenders.
 */
export function buildViolations(
  seed: number,
  scale: number,
  facilities: readonly SeedFacility[],
  sectors: readonly SeedSector[],
): SeedViolation[] {
  const random = new Random(deriveSeed(seed, 'violations'));
  const total = Math.round(VIOLATIONS_PER_SCALE * scale);
  const risk = new Map(sectors.map((s) => [s.code, riskWeight[s.highRisk ?? 'none']]));
  const weightOf = (f: SeedFacility) =>
    (risk.get(f.sectorCode) ?? 1) * settingWeight[f.setting] * (f.status === 'SUSPENDED' ? 3 : 1);

  // weighted sampling without replacement (Efraimidis–Spirakis): largest ln(u)/w wins
  const candidates = facilities
    .map((facility, index) => ({ facility, index }))
    .filter(({ facility }) => facility.startedOperationOn !== null)
    .map((c) => ({ ...c, key: Math.log(1 - random.next()) / weightOf(c.facility) }))
    .sort((a, b) => b.key - a.key || a.index - b.index);
  const offenderCount = Math.min(
    candidates.length,
    total,
    Math.round(facilities.length * OFFENDER_SHARE),
  );
  const offenders = candidates.slice(0, offenderCount);
  if (offenders.length === 0) return [];

  const counts = new Map(offenders.map((o) => [o.index, 1]));
  const repeat = new WeightedTable(offenders.map((o) => [o.index, weightOf(o.facility)] as const));
  for (let i = offenderCount; i < total; i++) {
    const index = repeat.pick(random);
    counts.set(index, (counts.get(index) ?? 0) + 1);
  }

  const now = isoDateToDay(LAST_DETECTION);
  const violations: SeedViolation[] = [];
  facilities.forEach((facility, index) => {
    const count = counts.get(index);
    if (!count || facility.startedOperationOn === null) return;
    const gone = facility.status === 'CLOSED' || facility.status === 'RELOCATED';
    const from = dayToIsoDate(
      Math.max(isoDateToDay(FIRST_DETECTION), isoDateToDay(facility.startedOperationOn) + 90),
    );
    const dates = Array.from({ length: count }, () =>
      randomIsoDate(random, from, gone ? LAST_DETECTION_GONE : LAST_DETECTION),
    ).sort();
    const emissionHeavy = emissionSectors.has(facility.sectorCode);
    const monitored = (facility.dischargeM3PerDay ?? 0) >= 100;
    const table = emissionHeavy
      ? monitored
        ? categoryTables.emissionMonitored
        : categoryTables.emission
      : monitored
        ? categoryTables.monitored
        : categoryTables.plain;

    for (const detectedOn of dates) {
      const category = table.pick(random);
      const details = describeViolation(
        random,
        category,
        detectedOn,
        facility.sectorCode,
        facility.dischargeM3PerDay,
      );
      const age = now - isoDateToDay(detectedOn);
      const status = (
        age < 120 ? statusTables.fresh : age < 1095 ? statusTables.recent : statusTables.old
      ).pick(random);
      const publishable =
        status === 'SANCTIONED' || status === 'REMEDIED' || status === 'PROSECUTED';
      violations.push({
        id: entityId(seed, 'violation', violations.length),
        facilityId: facility.id,
        adminUnitCode: unitOnDay(facility.formerPlace, detectedOn),
        detectedOn,
        category,
        ...details,
        status,
        published: publishable && random.chance(0.5),
      });
    }
  });
  return violations;
}
