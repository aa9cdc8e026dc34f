import type { NewHubEvent } from '@ipc-hub/events';
import { VIETNAM_OFFSET_MS } from '../files/parseVietnamTimestamp';
import type { StationRecord } from '../stations/MonitoringStationRepository';

/** One reading over its limit, as ingestion found it. */
export interface Exceedance {
  station: StationRecord;
  parameterCode: string;
  measuredAt: Date;
  value: number;
}

/** the Vietnamese calendar day of an instant, `YYYY-MM-DD` */
function vietnamDay(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Thông tư 10/2021 asks for an alert when a discharge exceeds its limit, not
 * one per reading (a station reports every five minutes): one EXCEEDANCE per
 * station, parameter and Vietnamese day, the first reading over the limit
 * that day. The key makes a later file of the same day record nothing more.
 */
export function exceedanceEvents(exceedances: readonly Exceedance[]): NewHubEvent[] {
  const first = new Map<string, Exceedance>();
  for (const exceedance of exceedances) {
    const key = `${exceedance.station.id}:${exceedance.parameterCode}:${vietnamDay(exceedance.measuredAt)}`;
    const seen = first.get(key);
    if (!seen || exceedance.measuredAt < seen.measuredAt) first.set(key, exceedance);
  }
  return [...first].map(([key, { station, parameterCode, measuredAt, value }]) => ({
    type: 'EXCEEDANCE',
    facilityId: station.facilityId,
    zoneId: station.zoneId,
    clusterId: station.clusterId,
    adminUnitCode: station.adminUnitCode,
    occurredAt: measuredAt,
    dedupeKey: key,
    summary: `Station ${station.code}: ${parameterCode} ${value} over its limit on ${vietnamDay(measuredAt)}`,
    summaryVi: `Trạm ${station.code}: ${parameterCode} ${value} vượt giới hạn ngày ${vietnamDay(measuredAt)}`,
  }));
}
