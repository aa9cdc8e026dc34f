import type { SeedWastewaterPlant } from './types';

/** A central plant as the `plant_*` columns zones and clusters keep it in. */
export function plantColumns(plant: SeedWastewaterPlant) {
  return {
    plantStatus: plant.status,
    plantCapacityM3PerDay: plant.capacityM3PerDay,
    plantCommissionedOn: plant.commissionedOn,
    plantCompliant: plant.compliant,
    plantAutoMonitoring: plant.autoMonitoring,
  };
}
