/**
 * Radius in km of a round site of the given area, so tenants scatter over a
 * zone or cluster about as wide as the real one; `minKm` keeps tiny or
 * unknown sites from collapsing to a point.
 */
export function footprintKm(areaHa: number | null, minKm: number): number {
  if (areaHa === null) return Math.max(minKm, 0.7);
  return Math.max(minKm, Math.sqrt(areaHa / 100 / Math.PI));
}
