import { randomIsoDate } from './isoDate';
import type { Random } from './random';
import type { PlantStatus, SeedWastewaterPlant } from './types';

/** A cluster's central plant, sized on the cluster's area. */
export function clusterPlant(
  random: Random,
  status: PlantStatus,
  areaHa: number,
  commissionedBetween: readonly [string, string],
): SeedWastewaterPlant {
  if (status === 'NONE') {
    return {
      status,
      capacityM3PerDay: null,
      commissionedOn: null,
      compliant: false,
      autoMonitoring: false,
    };
  }
  const raw = Math.max(200, Math.min(3000, areaHa * 40 * random.float(0.7, 1.3)));
  const capacityM3PerDay = Math.round(raw / 50) * 50;
  if (status === 'UNDER_CONSTRUCTION') {
    return {
      status,
      capacityM3PerDay,
      commissionedOn: null,
      compliant: false,
      autoMonitoring: false,
    };
  }
  return {
    status,
    capacityM3PerDay,
    commissionedOn: randomIsoDate(random, commissionedBetween[0], commissionedBetween[1]),
    compliant: random.chance(0.8),
    autoMonitoring: random.chance(0.55),
  };
}
