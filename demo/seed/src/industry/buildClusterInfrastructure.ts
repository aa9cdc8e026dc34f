import type { SeedCluster } from '../types';
import { streamFor } from './streamFor';
import type { SeedClusterInfrastructure } from './types';

/**
 * Solid-waste collection, the environmental dossier and the occupancy of
 * each cluster. Plan 75 (II.2.2) found most operating clusters without
 * complete infrastructure; the shares are chosen so that only a minority of
 * operating clusters meet target 3.2 — chiefly the ones with a central plant.
 */
export function buildClusterInfrastructure(
  clusters: readonly SeedCluster[],
): SeedClusterInfrastructure[] {
  return clusters.map((cluster) => ({
    ...environmentalParts(cluster),
    ...technicalInfrastructure(cluster),
  }));
}

/**
 * The plan's technical infrastructure (roads, drainage, power, water supply),
 * drawn from a stream of its own so the other parts stay as they were. An
 * operating cluster has power and roads almost always; drainage is what
 * plan 75 (II.2.2) found most often lacking.
 */
function technicalInfrastructure(cluster: SeedCluster) {
  const random = streamFor('cluster-technical-infrastructure', cluster.id);
  const share = { PLANNED: 0, UNDER_CONSTRUCTION: 0.3, OPERATING: 1 }[cluster.status];
  return {
    roads: random.chance(0.95 * share),
    drainage: random.chance(0.75 * share),
    power: random.chance(0.97 * share),
    waterSupply: random.chance(0.9 * share),
  };
}

function environmentalParts(
  cluster: SeedCluster,
): Omit<SeedClusterInfrastructure, 'roads' | 'drainage' | 'power' | 'waterSupply'> {
  const random = streamFor('cluster-infrastructure', cluster.id);
  const plant = cluster.plant.status === 'OPERATING';
  if (cluster.status === 'PLANNED') {
    return {
      clusterId: cluster.id,
      solidWasteCollection: false,
      environmentalDossierComplete: random.chance(0.2),
      occupancyPercent: null,
    };
  }
  if (cluster.status === 'UNDER_CONSTRUCTION') {
    return {
      clusterId: cluster.id,
      solidWasteCollection: random.chance(0.1),
      // the EIA comes before the works, so a cluster being built often has its dossier
      environmentalDossierComplete: random.chance(0.5),
      occupancyPercent: Math.round(random.float(0, 35)),
    };
  }
  return {
    clusterId: cluster.id,
    solidWasteCollection: random.chance(plant ? 0.85 : 0.55),
    environmentalDossierComplete: random.chance(plant ? 0.7 : 0.35),
    occupancyPercent: Math.round(random.float(plant ? 70 : 45, 100)),
  };
}
