import type { Database } from '@ipc-hub/db';
import { sql } from 'drizzle-orm';

/**
 * Gives every cluster without a history its present state, effective from
 * the earliest day the records show it held: its plant's commissioning or
 * its first tenant's arrival, else the day the cluster was recorded. The
 * migration that added the history did the same for the clusters it found;
 * the demo seed writes its clusters' history this way.
 */
export async function backfillClusterHistory(db: Database): Promise<void> {
  await db.execute(sql`
    insert into cluster_history (cluster_id, effective_on, status, plant_status, plant_commissioned_on,
      plant_compliant, plant_auto_monitoring, solid_waste_collection, environmental_dossier_complete,
      roads, drainage, power, water_supply)
    select c.id,
           least(c.plant_commissioned_on,
                 (select min(t.since) from cluster_tenancies t where t.cluster_id = c.id),
                 (c.created_at at time zone 'Asia/Ho_Chi_Minh')::date),
           c.status, c.plant_status, c.plant_commissioned_on, c.plant_compliant, c.plant_auto_monitoring,
           c.solid_waste_collection, c.environmental_dossier_complete, c.roads, c.drainage, c.power, c.water_supply
    from clusters c
    where not exists (select 1 from cluster_history h where h.cluster_id = c.id)`);
}
