import type { Database } from '@ipc-hub/db';
import { recordEvents } from '@ipc-hub/events';
import type { ScheduledCheck } from '@ipc-hub/server-kit';
import { sql } from 'drizzle-orm';
import type * as schema from '../../db/schema';
import { instantFromDatabase } from '../readings/instantFromDatabase';
import { newestReadingOfStation } from '../readings/ReadingRepository';

/** Thông tư 10/2021: a station that sends nothing for an hour has stopped transmitting. */
export const SILENCE_MS = 3_600_000;

interface SilentStation {
  id: string;
  code: string;
  facility_id: string | null;
  zone_id: string | null;
  cluster_id: string | null;
  admin_unit_code: string | null;
  last_at: Date | string;
}

/**
 * Records one TRANSMISSION_GAP for each station whose latest reading is more
 * than an hour before `now`: keyed by the station and that reading, so a
 * silence is told once however often this runs (and from however many
 * replicas), and told again only after the station has spoken and fallen
 * silent anew. A station that never sent a reading is not judged here.
 * Returns how many stations are silent.
 */
export async function recordTransmissionGaps(
  db: Database<typeof schema>,
  now: Date,
): Promise<number> {
  return db.transaction(async (tx) => {
    const result = (await tx.execute(sql`
      select s.id, s.code, s.facility_id, s.zone_id, s.cluster_id,
        coalesce((select f.admin_unit_code from facilities f where f.id = s.facility_id), s.admin_unit_code) as admin_unit_code,
        latest.at as last_at
      from monitoring_stations s
      cross join lateral (select ${newestReadingOfStation()} as at) latest
      where latest.at < ${new Date(now.getTime() - SILENCE_MS).toISOString()}::timestamptz`)) as {
      rows: SilentStation[];
    };
    await recordEvents(
      tx,
      result.rows.map((station) => {
        const lastAt = instantFromDatabase(station.last_at);
        return {
          type: 'TRANSMISSION_GAP' as const,
          facilityId: station.facility_id,
          zoneId: station.zone_id,
          clusterId: station.cluster_id,
          adminUnitCode: station.admin_unit_code,
          occurredAt: new Date(lastAt.getTime() + SILENCE_MS),
          dedupeKey: `${station.id}:${lastAt.toISOString()}`,
          summary: `Station ${station.code} has sent nothing since ${lastAt.toISOString()}`,
          summaryVi: `Trạm ${station.code} không truyền dữ liệu từ ${lastAt.toISOString()}`,
        };
      }),
    );
    return result.rows.length;
  });
}

/** every five minutes: a gap is told at most five minutes after the hour has passed */
export const transmissionGapCheck: ScheduledCheck<typeof schema> = {
  name: 'transmission gaps',
  everyMs: 5 * 60_000,
  run: recordTransmissionGaps,
};
