import { zones } from './data/zones';
import { entityId } from './entityId';
import type { SeedZone } from './types';

/**
 * The real zones of the reference file, in its order. Zones do not scale, so
 * their ids depend only on the seed and the zone's position.
 */
export function buildZones(seed: number): SeedZone[] {
  return zones.map((row, index) => ({
    id: entityId(seed, 'zone', index),
    code: row.code,
    name: row.name,
    kind: row.kind,
    adminUnitCode: row.districtCode,
    areaHa: row.areaHa,
    status: row.status,
    developer: row.developer,
    plant: { ...row.plant },
  }));
}
