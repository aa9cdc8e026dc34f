import type { PlacedCluster } from './buildClusters';
import type { ZoneRow } from './data/zones';
import type { Random } from './random';
import type { SeedZone } from './types';
import { WeightedTable } from './weightedTable';

/** A real zone with its seeded record. */
export interface ZoneEntry {
  row: ZoneRow;
  zone: SeedZone;
}

/** Where one facility goes. */
export type Host =
  | { setting: 'ZONE'; entry: ZoneEntry }
  | { setting: 'CLUSTER'; placed: PlacedCluster }
  | { setting: 'STANDALONE' };

const ZONE_SHARE = 0.45;
const CLUSTER_SHARE = 0.35;
/** shares of zone and cluster tenants that are still building on sites under construction */
const BUILDING_ZONE_SHARE = 0.01;
const BUILDING_CLUSTER_SHARE = 0.02;

/**
 * Lays out where `total` facilities go, in random order: about 45 % in
 * operating zones (a few in zones still being built), 35 % in operating
 * clusters (a few in clusters being built), the rest standalone. Planned
 * zones and clusters take none.
 */
export function planHosts(
  random: Random,
  total: number,
  zones: readonly ZoneEntry[],
  clusters: readonly PlacedCluster[],
): Host[] {
  const hosts: Host[] = [];
  const zoneCount = Math.round(total * ZONE_SHARE);
  const clusterCount = Math.round(total * CLUSTER_SHARE);

  const operatingZones = zones.filter(
    (z) => z.row.status === 'OPERATING' && z.row.tenantWeight > 0,
  );
  const buildingZones = zones.filter((z) => z.row.status === 'UNDER_CONSTRUCTION');
  const buildingZoneCount = buildingZones.length ? Math.round(zoneCount * BUILDING_ZONE_SHARE) : 0;
  const zoneTable = new WeightedTable(operatingZones.map((z) => [z, z.row.tenantWeight] as const));
  for (let i = 0; i < zoneCount; i++) {
    const entry = i < buildingZoneCount ? random.pick(buildingZones) : zoneTable.pick(random);
    hosts.push({ setting: 'ZONE', entry });
  }

  const operatingClusters = clusters.filter((c) => c.cluster.status === 'OPERATING');
  const buildingClusters = clusters.filter((c) => c.cluster.status === 'UNDER_CONSTRUCTION');
  const buildingClusterCount = buildingClusters.length
    ? Math.round(clusterCount * BUILDING_CLUSTER_SHARE)
    : 0;
  const clusterTable = new WeightedTable(
    operatingClusters.map((c) => [c, 3 + (c.cluster.areaHa ?? 10)] as const),
  );
  for (let i = 0; i < clusterCount; i++) {
    const placed =
      i < buildingClusterCount ? random.pick(buildingClusters) : clusterTable.pick(random);
    hosts.push({ setting: 'CLUSTER', placed });
  }

  while (hosts.length < total) hosts.push({ setting: 'STANDALONE' });
  return random.shuffle(hosts);
}
