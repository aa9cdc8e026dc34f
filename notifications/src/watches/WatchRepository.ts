import type { Database } from '@ipc-hub/db';
import { and, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { deliveries, deliveryAttempts, receivedEvents, watches } from '../db/schema';
import { type DeliveryQueue, queuedDeliveryColumns } from '../delivery/DeliveryQueue';
import type { WatchRow } from './watchScope';

export type NewWatch = typeof watches.$inferInsert;
export type ReceivedEventRow = typeof receivedEvents.$inferSelect;
export type DeliveryRow = typeof deliveries.$inferSelect;
export type AttemptRow = typeof deliveryAttempts.$inferSelect;

/** Watches, deliveries and the feed, always of one owner (its token's `sub`). */
export class WatchRepository {
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly queue: DeliveryQueue,
    private readonly ownerSub: string,
  ) {}

  async insert(watch: Omit<NewWatch, 'ownerSub'>): Promise<WatchRow> {
    const [row] = await this.db
      .insert(watches)
      .values({ ...watch, ownerSub: this.ownerSub })
      .returning();
    if (!row) throw new Error('the watch was not stored');
    return row;
  }

  mine(): Promise<WatchRow[]> {
    return this.db
      .select()
      .from(watches)
      .where(eq(watches.ownerSub, this.ownerSub))
      .orderBy(watches.createdAt, watches.id);
  }

  async delete(id: string): Promise<boolean> {
    const deleted = await this.db
      .delete(watches)
      .where(and(eq(watches.id, id), eq(watches.ownerSub, this.ownerSub)))
      .returning({ id: watches.id });
    return deleted.length > 0;
  }

  /**
   * Makes one of the owner's watches active again, its day of failures
   * forgotten and what it still owes due now — enqueued again, in order, in
   * the same transaction: their jobs were completed while it was paused —
   * null when it has no such watch.
   */
  resume(id: string): Promise<WatchRow | null> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx
        .update(watches)
        .set({ active: true, pausedReason: null, failingSince: null })
        .where(and(eq(watches.id, id), eq(watches.ownerSub, this.ownerSub)))
        .returning();
      if (!row) return null;
      const owed = await tx
        .update(deliveries)
        .set({ nextAttemptAt: new Date() })
        .where(and(eq(deliveries.watchId, id), eq(deliveries.status, 'PENDING')))
        .returning(queuedDeliveryColumns);
      await this.queue.enqueue(tx, owed);
      return row;
    });
  }

  /**
   * A watch's deliveries, newest first, before `beforeSeq` if given, with
   * their attempts and events (three statements).
   */
  async deliveriesOf(
    watchId: string,
    first: number,
    beforeSeq: number | null = null,
  ): Promise<
    Array<
      Omit<DeliveryRow, 'attempts'> & { attempts: AttemptRow[]; event: ReceivedEventRow | null }
    >
  > {
    const rows = await this.db
      .select({ delivery: deliveries })
      .from(deliveries)
      .innerJoin(watches, eq(watches.id, deliveries.watchId))
      .where(
        and(
          eq(deliveries.watchId, watchId),
          eq(watches.ownerSub, this.ownerSub),
          beforeSeq === null ? undefined : lt(deliveries.seq, beforeSeq),
        ),
      )
      .orderBy(desc(deliveries.seq))
      .limit(first);
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.delivery.id);
    const attempts = await this.db
      .select()
      .from(deliveryAttempts)
      .where(inArray(deliveryAttempts.deliveryId, ids))
      .orderBy(deliveryAttempts.seq);
    const events = await this.db
      .select()
      .from(receivedEvents)
      .where(
        inArray(
          receivedEvents.id,
          rows.map((row) => row.delivery.eventId),
        ),
      );
    return rows.map(({ delivery }) => ({
      ...delivery,
      attempts: attempts.filter((attempt) => attempt.deliveryId === delivery.id),
      event: events.find((event) => event.id === delivery.eventId) ?? null,
    }));
  }

  /**
   * Received events, newest first, before `beforeSeq` if given, that satisfy
   * `condition` (the caller's watches and scope, built by the manager).
   */
  feed(condition: SQL, first: number, beforeSeq: number | null): Promise<ReceivedEventRow[]> {
    return this.db
      .select()
      .from(receivedEvents)
      .where(and(condition, beforeSeq === null ? undefined : lt(receivedEvents.seq, beforeSeq)))
      .orderBy(desc(receivedEvents.seq))
      .limit(first);
  }
}
