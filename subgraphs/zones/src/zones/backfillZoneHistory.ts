import type { Database } from '@ipc-hub/db';
import { sql } from 'drizzle-orm';

/**
 * Gives every zone without a history its present state, effective from the
 * earliest day the records show it held: its plant's commissioning or its
 * first tenant's arrival, else the day the zone was recorded. The migration
 * that added the history did the same for the zones it found; the demo seed
 * writes its zones' history this way.
 */
export async function backfillZoneHistory(db: Database): Promise<void> {
  await db.execute(sql`
    insert into zone_history (zone_id, effective_on, status, plant_status, plant_commissioned_on, plant_compliant, plant_auto_monitoring)
    select z.id,
           least(z.plant_commissioned_on,
                 (select min(t.since) from zone_tenancies t where t.zone_id = z.id),
                 (z.created_at at time zone 'Asia/Ho_Chi_Minh')::date),
           z.status, z.plant_status, z.plant_commissioned_on, z.plant_compliant, z.plant_auto_monitoring
    from zones z
    where not exists (select 1 from zone_history h where h.zone_id = z.id)`);
}
