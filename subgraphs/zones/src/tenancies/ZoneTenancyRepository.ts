import type { Database } from '@ipc-hub/db';
import { eq, sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { zones, zoneTenancies } from '../db/schema';
import type { TenancyRecord, ZoneRecord } from '../zones/ZoneRepository';

export type NewTenancy = typeof zoneTenancies.$inferInsert;
export type TenancyChanges = Partial<
  Pick<NewTenancy, 'investmentCertificate' | 'connectedToPlant' | 'since'>
>;

/** Writes to the tenancies; reads for many facilities at once are `TenancyQueries`. */
export class ZoneTenancyRepository {
  constructor(private readonly db: Database<typeof schema>) {}

  /** A facility's tenancy with its zone, both locked until the transaction ends. */
  async lock(facilityId: string): Promise<{ tenancy: TenancyRecord; place: ZoneRecord } | null> {
    const [row] = await this.db
      .select({ tenancy: zoneTenancies, place: zones })
      .from(zoneTenancies)
      .innerJoin(zones, eq(zones.id, zoneTenancies.zoneId))
      .where(eq(zoneTenancies.facilityId, facilityId))
      .for('update');
    return row ?? null;
  }

  async find(facilityId: string): Promise<TenancyRecord | null> {
    const [row] = await this.db
      .select()
      .from(zoneTenancies)
      .where(eq(zoneTenancies.facilityId, facilityId));
    return row ?? null;
  }

  async insert(tenancy: NewTenancy): Promise<TenancyRecord> {
    const [row] = await this.db.insert(zoneTenancies).values(tenancy).returning();
    if (!row) throw new Error('insert into zone_tenancies returned no row');
    return row;
  }

  async update(facilityId: string, changes: TenancyChanges): Promise<TenancyRecord> {
    const [row] = await this.db
      .update(zoneTenancies)
      .set({ ...changes, updatedAt: sql`now()` })
      .where(eq(zoneTenancies.facilityId, facilityId))
      .returning();
    if (!row) throw new Error(`tenancy of ${facilityId} vanished while locked`);
    return row;
  }
}
