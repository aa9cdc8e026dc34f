import type { Database } from '@ipc-hub/db';
import type { Logger } from '@ipc-hub/logger';
import { and, asc, eq, inArray, lt, ne, notExists, sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { deliveries, receivedEvents, watches } from '../db/schema';

/** rows removed by one statement: a large backlog goes in several, never one long lock */
const BATCH = 1_000;
const HOUR_MS = 3_600_000;
const ABANDONED_BY_PAUSE =
  'given up: its watch stayed paused longer than the retention / bỏ: theo dõi tạm dừng quá thời hạn lưu';

/** Runs `remove` (one batch) until a batch comes back short; returns how many in all. */
async function inBatches(remove: () => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const removed = await remove();
    total += removed;
    if (removed < BATCH) return total;
  }
}

/**
 * Keeps the service's tables the size of their retention: deliveries that
 * are done (delivered or given up) and their attempts once older than the
 * retention, then the events no delivery still refers to. A pending delivery
 * and the event it carries stay however old, unless its watch has been
 * paused all that time: then it is given up first.
 */
export class Retention {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly db: Database<typeof schema>,
    private readonly retentionDays: number,
    private readonly logger: Logger,
  ) {}

  /** Removes everything past the retention, a batch at a time; returns how many of each. */
  async runOnce(): Promise<{ deliveries: number; events: number }> {
    const cutoff = sql`now() - make_interval(days => ${this.retentionDays})`;
    // what a watch paused for longer than the retention still owes is given up: a watch nobody
    // resumes must not hold events forever
    await this.db
      .update(deliveries)
      .set({ status: 'FAILED', lastError: ABANDONED_BY_PAUSE })
      .where(
        and(
          eq(deliveries.status, 'PENDING'),
          lt(deliveries.createdAt, cutoff),
          inArray(
            deliveries.watchId,
            this.db.select({ id: watches.id }).from(watches).where(eq(watches.active, false)),
          ),
        ),
      );
    // their attempts go with them (on delete cascade)
    const removedDeliveries = await inBatches(async () => {
      const done = this.db
        .select({ id: deliveries.id })
        .from(deliveries)
        .where(and(ne(deliveries.status, 'PENDING'), lt(deliveries.createdAt, cutoff)))
        .orderBy(asc(deliveries.seq))
        .limit(BATCH);
      return (
        await this.db
          .delete(deliveries)
          .where(inArray(deliveries.id, done))
          .returning({ id: deliveries.id })
      ).length;
    });
    const removedEvents = await inBatches(async () => {
      const stillNeeded = this.db
        .select({ one: sql`1` })
        .from(deliveries)
        .where(sql`${deliveries.eventId} = ${receivedEvents.id}`);
      const unneeded = this.db
        .select({ seq: receivedEvents.seq })
        .from(receivedEvents)
        .where(and(lt(receivedEvents.receivedAt, cutoff), notExists(stillNeeded)))
        .orderBy(asc(receivedEvents.seq))
        .limit(BATCH);
      return (
        await this.db
          .delete(receivedEvents)
          .where(inArray(receivedEvents.seq, unneeded))
          .returning()
      ).length;
    });
    if (removedDeliveries + removedEvents > 0) {
      this.logger.info(
        { deliveries: removedDeliveries, events: removedEvents, days: this.retentionDays },
        'removed what is past the retention',
      );
    }
    return { deliveries: removedDeliveries, events: removedEvents };
  }

  /** Runs now and then every hour; a failed round is logged and the next one tries again. */
  start(everyMs = HOUR_MS): void {
    const round = () => {
      this.running = this.runOnce().catch((error: unknown) =>
        this.logger.error({ err: error }, 'the retention round failed'),
      );
    };
    round();
    this.timer = setInterval(round, everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
