import type { Database } from '@ipc-hub/db';
import { sql } from 'drizzle-orm';

/**
 * Gives every facility without a history its present state, effective from
 * its start of operation, else the day it was registered. The migration that
 * added the history did the same for the facilities it found; the demo seed
 * writes its facilities' history this way.
 */
export async function backfillFacilityHistory(db: Database): Promise<void> {
  await db.execute(sql`
    insert into facility_history (facility_id, effective_on, status, started_operation_on)
    select f.id,
           least(f.started_operation_on, (f.created_at at time zone 'Asia/Ho_Chi_Minh')::date),
           f.status, f.started_operation_on
    from facilities f
    where not exists (select 1 from facility_history h where h.facility_id = f.id)`);
}
