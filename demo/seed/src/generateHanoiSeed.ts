import { buildAdminUnits } from './buildAdminUnits';
import { buildClusters } from './buildClusters';
import { buildFacilities } from './buildFacilities';
import { buildViolations } from './buildViolations';
import { buildZones } from './buildZones';
import { sectors } from './data/sectors';
import { zones as zoneRows } from './data/zones';
import type { HanoiSeed, SeedOptions } from './types';

const DEFAULT_SEED = 75;

/**
 * Generates the Hanoi demo data: the real district units, sectors and zones,
 * and about 70 × scale clusters, 1 500 × scale facilities and 400 × scale
 * violations. The same options always give byte-identical output, and every
 * id is a UUID drawn from the seed, so each subgraph seeding its own part
 * ends up with the same facility ids.
 *
 * @throws RangeError when `scale` is not a positive finite number
 */
export function generateHanoiSeed(options: SeedOptions = {}): HanoiSeed {
  const scale = options.scale ?? 1;
  if (!Number.isFinite(scale) || scale <= 0) {
    throw new RangeError(`scale must be a positive number, got ${scale}`);
  }
  const seed = (options.seed ?? DEFAULT_SEED) >>> 0;

  const zones = buildZones(seed);
  const zoneEntries = zoneRows.map((row, index) => {
    const zone = zones[index];
    if (!zone) throw new Error(`zone ${row.code} was not built`);
    return { row, zone };
  });
  const placedClusters = buildClusters(seed, scale);
  const { facilities, zoneTenancies, clusterTenancies } = buildFacilities(
    seed,
    scale,
    zoneEntries,
    placedClusters,
  );

  return {
    adminUnits: buildAdminUnits(),
    sectors: sectors.map((s) => ({ ...s })),
    facilities,
    zones,
    zoneTenancies,
    clusters: placedClusters.map((p) => p.cluster),
    clusterTenancies,
    violations: buildViolations(seed, scale, facilities, sectors),
  };
}
