import { placeToday } from '@ipc-hub/units';
import { zones } from './data/zones';
import { entityId } from './entityId';
import type { SeedZone } from './types';

/**
 * The real zones of the reference file, in its order. Zones do not scale, so
 * their ids depend only on the seed and the zone's position. Each sits in the
 * commune in force today, placed from its former commune (docs/units.md).
 */
export function buildZones(seed: number): SeedZone[] {
  return zones.map((row, index) => {
    const formerPlace = { districtCode: row.districtCode, formerUnit: row.commune };
    return {
      id: entityId(seed, 'zone', index),
      code: row.code,
      name: row.name,
      kind: row.kind,
      adminUnitCode: placeToday(formerPlace).code,
      formerPlace,
      areaHa: row.areaHa,
      status: row.status,
      developer: row.developer,
      plant: { ...row.plant },
    };
  });
}
