import { type CoefficientBand, coefficientFromBands } from './coefficientFromBands';

/** What of a station fixes its Kq and Kf. */
export interface DischargeConditions {
  receivingWater: {
    kind: NonNullable<CoefficientBand['receivingWater']>;
    flowM3PerS?: number | null;
    volumeM3?: number | null;
  } | null;
  dischargeM3PerDay: number | null;
}

/**
 * Kq from the receiving water (a river by its flow, a lake by its volume)
 * and Kf from the discharge flow, by a regulation's bands (QCVN 40:2011
 * §2.3–2.4); null for one no band fixes.
 */
export function dischargeCoefficients(
  bands: readonly CoefficientBand[],
  conditions: DischargeConditions,
): { kq: number | null; kf: number | null } {
  const water = conditions.receivingWater;
  const measure =
    water?.kind === 'RIVER'
      ? (water.flowM3PerS ?? null)
      : water?.kind === 'LAKE'
        ? (water.volumeM3 ?? null)
        : null;
  return {
    kq: water ? coefficientFromBands(bands, 'KQ', water.kind, measure) : null,
    kf: coefficientFromBands(bands, 'KF', water?.kind ?? null, conditions.dischargeM3PerDay),
  };
}
