import { communesByDistrict } from './data/communes';
import type { District } from './data/districts';
import { hamlets } from './data/hamlets';
import { streetsByDistrict } from './data/streets';
import type { Random } from './random';
import { unitLabel } from './unitLabel';

/**
 * The address of a workshop among homes: a house number on a real street in
 * the urban districts, a road or hamlet in the rural ones, and the former
 * commune-level unit it stood in ("xã Kim Chung"), from which the commune of
 * today is found.
 */
export function standaloneAddress(
  random: Random,
  district: District,
): { place: string; formerUnit: string } {
  const commune = random.pick(communesByDistrict[district.code] ?? [{ kind: 'xã', name: '' }]);
  const streets = streetsByDistrict[district.code] ?? [];
  const rural = district.kind === 'huyện';
  let place: string;
  if (rural && (streets.length === 0 || random.chance(0.55))) {
    place = `Số ${random.int(1, 180)} ${random.pick(hamlets)}`;
  } else if (!rural && random.chance(0.3)) {
    place = `Số ${random.int(1, 60)} ngõ ${random.int(2, 400)} ${random.pick(streets)}`;
  } else {
    place = `Số ${random.int(1, 500)} ${random.pick(streets)}`;
  }
  return {
    place,
    formerUnit: unitLabel(commune),
  };
}
