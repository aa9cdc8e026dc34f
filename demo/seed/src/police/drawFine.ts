import type { Random } from '../random';
import { article18FineCells, article18FlowRows } from './data/wastewaterFineBands';
import { fineBandFor, MAX_FINE_VND } from './fineBandFor';
import type { SeedPoliceViolation } from './types';

const MILLION = 1_000_000n;

/**
 * An organisation's fine range (VND) by kind of finding, for what the
 * reference does not tabulate: the demo's own believable amounts, within the
 * decree's maximum.
 */
const organisationRanges = {
  /** wastewater flows beyond the decree's table (200 m³/day and more) */
  largeDischarge: [120n * MILLION, 200n * MILLION],
  EMISSION_EXCEEDANCE: [40n * MILLION, 120n * MILLION],
  HAZARDOUS_WASTE: [20n * MILLION, 200n * MILLION],
  /** up to 1.6 billion for large projects without an approved ĐTM */
  NO_ENVIRONMENTAL_APPROVAL: [100n * MILLION, 1_600n * MILLION],
  NO_PERMIT: [40n * MILLION, 300n * MILLION],
  MONITORING_NOT_OPERATED: [150n * MILLION, 500n * MILLION],
  OTHER: [4n * MILLION, 60n * MILLION],
} as const;

/** Higher multiples of the limit raise the band (Nghị định 45/2022/NĐ-CP, Điều 18, khoản 3 onwards). */
function exceedanceMultiplier(factor: number): bigint {
  if (factor < 1.5) return 1n;
  if (factor < 3) return 2n;
  if (factor < 5) return 3n;
  if (factor < 10) return 4n;
  return 6n;
}

function drawBetween(random: Random, min: bigint, max: bigint): bigint {
  const step = max - min < 20n * MILLION ? 500_000n : MILLION;
  // most fines sit near the bottom of their band
  const raw = min + BigInt(Math.floor(random.next() ** 2 * Number(max - min)));
  const rounded = (raw / step) * step;
  return rounded < min ? min : rounded > max ? max : rounded;
}

/** Khoản 2's band of a flow for an individual (Nghị định 45/2022/NĐ-CP, Điều 18), if tabulated. */
function flowBand(flow: number | null) {
  const row =
    flow === null ? undefined : article18FlowRows.find((r) => flow >= r.fromM3 && flow < r.toM3);
  return article18FineCells.find((c) => c.clause === 2 && c.point === row?.point);
}

/**
 * The fine of a decision on a seeded violation; every seeded offender is a
 * company, fined as an organisation (twice the individual's band). Wastewater
 * exceeding 1.1 to 1.5 times at a tabulated flow lands in the decree's band;
 * whatever the band of Nghị định 45/2022/NĐ-CP allows an organisation for
 * the violation (fineBandFor) bounds the demo's own amounts; null is a warning.
 */
export function drawFine(random: Random, violation: SeedPoliceViolation): bigint | null {
  const factor = violation.exceedanceFactor ?? 1;
  let range: readonly [bigint, bigint];
  if (violation.category === 'WASTEWATER_EXCEEDANCE') {
    const band = flowBand(violation.dischargeM3PerDay);
    range = band ? [band.min * 2n, band.max * 2n] : organisationRanges.largeDischarge;
  } else if (violation.category === 'EMISSION_EXCEEDANCE') {
    range = organisationRanges.EMISSION_EXCEEDANCE;
  } else {
    if (violation.category === 'OTHER' && random.chance(0.1)) return null;
    range = organisationRanges[violation.category];
  }
  const multiplier = exceedanceMultiplier(factor);
  let min = range[0] * multiplier;
  let max = range[1] * multiplier;
  // bigint has no Math.min
  if (max > MAX_FINE_VND) max = MAX_FINE_VND;
  const allowed = fineBandFor({ ...violation, offenderKind: 'ORGANIZATION' });
  if (allowed.kind === 'WARNING_ONLY') return null;
  if (min < allowed.min) min = allowed.min;
  if (max > allowed.max) max = allowed.max;
  // the demo's range and the decree's band apart: the decree's band
  if (min > max) [min, max] = [allowed.min, allowed.max];
  return drawBetween(random, min, max);
}
