import type { coefficientBands } from '../../db/schema';

export type CoefficientBand = typeof coefficientBands.$inferSelect;

/**
 * Kq or Kf from a regulation's bands (QCVN 40:2011 §2.3–2.4): the band of
 * the station's own receiving water if the regulation has one, else a band
 * for any water; within it the band that holds the measure (a river's flow,
 * a lake's volume, the discharge flow), or the band for an unknown measure.
 * Null when no band applies (a lake without its volume): the caller must
 * then be given the coefficient.
 */
export function coefficientFromBands(
  bands: readonly CoefficientBand[],
  coefficient: CoefficientBand['coefficient'],
  receivingWater: CoefficientBand['receivingWater'],
  measure: number | null,
): number | null {
  const ofCoefficient = bands.filter((b) => b.coefficient === coefficient);
  const own = ofCoefficient.filter(
    (b) => b.receivingWater !== null && b.receivingWater === receivingWater,
  );
  const candidates = own.length > 0 ? own : ofCoefficient.filter((b) => b.receivingWater === null);
  const band = candidates.find((b) => {
    const bounded = b.above !== null || b.upTo !== null;
    if (b.whenUnknown) return measure === null;
    if (!bounded) return true;
    return (
      measure !== null &&
      (b.above === null || measure > b.above) &&
      (b.upTo === null || measure <= b.upTo)
    );
  });
  return band?.value ?? null;
}
