import type { NewHubEvent } from './recordEvent';

/** A zone (HIZA) or a cluster (DOIT), as the event about its central plant names it. */
export interface PlantHolder {
  zoneId?: string;
  clusterId?: string;
  name: string;
  adminUnitCode: string;
}

/**
 * PLANT_STATUS_CHANGED for a zone's or a cluster's central wastewater plant
 * that went from one status to another; null when the status is the same
 * (a write that changes the capacity or the flags only is nothing to tell).
 */
export function plantStatusChanged(
  holder: PlantHolder,
  from: string,
  to: string,
): NewHubEvent | null {
  if (from === to) return null;
  return {
    type: 'PLANT_STATUS_CHANGED',
    zoneId: holder.zoneId ?? null,
    clusterId: holder.clusterId ?? null,
    adminUnitCode: holder.adminUnitCode,
    summary: `The central wastewater plant of ${holder.name} went from ${from} to ${to}`,
    summaryVi: `Trạm xử lý nước thải tập trung của ${holder.name} chuyển từ ${from} sang ${to}`,
  };
}
