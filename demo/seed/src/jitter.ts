import type { Random } from './random';

const KM_PER_DEGREE_LATITUDE = 111.32;

/** Rounds to 6 decimals (about 10 cm), the precision the subgraphs store. */
function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** A point drawn uniformly within `radiusKm` of the given one. */
export function jitter(
  random: Random,
  latitude: number,
  longitude: number,
  radiusKm: number,
): { latitude: number; longitude: number } {
  const distance = radiusKm * Math.sqrt(random.next());
  const angle = random.next() * 2 * Math.PI;
  const dLat = (distance * Math.sin(angle)) / KM_PER_DEGREE_LATITUDE;
  const dLon =
    (distance * Math.cos(angle)) / (KM_PER_DEGREE_LATITUDE * Math.cos((latitude * Math.PI) / 180));
  return { latitude: round6(latitude + dLat), longitude: round6(longitude + dLon) };
}
