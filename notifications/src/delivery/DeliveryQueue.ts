import { randomBytes } from 'node:crypto';
import type { Database, DatabaseHandle } from '@ipc-hub/db';
import type { Logger } from '@ipc-hub/logger';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { type Db, fromDrizzle, type Job, PgBoss, type Queue } from 'pg-boss';
import type * as schema from '../db/schema';
import { deliveries, watches } from '../db/schema';
import { jobQueueDb } from './jobQueueDb';

/** pg-boss's queue of the service's deliveries, in its schema `pgboss` of the service's own database */
export const DELIVERY_QUEUE = 'webhook-delivery';
const SCHEMA = 'pgboss';
/** the longest wait between two attempts */
const MAX_BACKOFF_SECONDS = 3_600;
/** a completed job is the delivery's record no longer (that is `deliveries`): gone after a day */
const COMPLETED_KEPT_SECONDS = 86_400;

/** What a job carries: the delivery it works; the rest is read from `deliveries` when it runs. */
export interface DeliveryJob {
  deliveryId: string;
}

/** A delivery's columns the queue needs to enqueue its job (select or return them). */
export const queuedDeliveryColumns = {
  id: deliveries.id,
  seq: deliveries.seq,
  watchId: deliveries.watchId,
  subjectKey: deliveries.subjectKey,
};

/** A delivery as the queue needs it to enqueue its job. */
export interface QueuedDelivery {
  id: string;
  seq: number;
  watchId: string;
  subjectKey: string;
}

export interface DeliveryQueueOptions {
  /** attempts before a delivery is given up */
  maxAttempts: number;
  /** the first retry's delay; pg-boss counts it in whole seconds */
  retryBaseMs: number;
  /** how long a job may stay active: a worker killed holding one frees it after this */
  leaseMs: number;
  /** the service's retention: a job still owed is kept at least this long */
  retentionDays: number;
  logger: Logger;
}

/** pg-boss counts delays in whole seconds: a delay in milliseconds rounded up, one second at least. */
export function wholeSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** The queue's options under the service's configuration. */
export function deliveryQueueOptions(options: DeliveryQueueOptions): Omit<Queue, 'name'> {
  return {
    // one watch's events about one subject in order: a job waits while an earlier one of its key is
    // active or waiting for a retry; other keys go on
    policy: 'key_strict_fifo',
    // the worker gives a delivery up at the limit itself, completing its job (a failed job would hold
    // its key's later jobs back for good): pg-boss's own limit is never the one reached first
    retryLimit: options.maxAttempts,
    retryDelay: wholeSeconds(options.retryBaseMs),
    retryBackoff: true,
    retryDelayMax: MAX_BACKOFF_SECONDS,
    expireInSeconds: wholeSeconds(options.leaseMs),
    // a job waiting to run is kept as long as the service keeps what is owed, and a day more
    retentionSeconds: (options.retentionDays + 1) * 86_400,
    deleteAfterSeconds: COMPLETED_KEPT_SECONDS,
  };
}

/**
 * A job's id: the delivery's sequence number, then random bits. pg-boss takes
 * the jobs of one key in the order they were created, and jobs created in one
 * transaction share a creation time, which pg-boss breaks by id: with the
 * sequence number first, one transaction's jobs go in the order their
 * deliveries were owed. The random half makes the job of a delivery enqueued
 * again (a resumed watch) a new one.
 */
export function jobIdOf(seq: number): string {
  const hex = BigInt(seq).toString(16).padStart(16, '0') + randomBytes(8).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A drizzle transaction of the service's database: what `enqueue` writes the jobs with. */
export type ServiceTransaction = Parameters<
  Parameters<Database<typeof schema>['transaction']>[0]
>[0];

/** pg-boss's statements inside a drizzle transaction (its `$n` placeholders turned into drizzle's parameters). */
function inTransaction(tx: ServiceTransaction): Db {
  return fromDrizzle(
    { execute: async (query) => (await tx.execute(query as SQL)) as { rows: unknown[] } },
    sql,
  );
}

/**
 * The delivery queue (docs/notifications.md): pg-boss on the service's own
 * database, PostgreSQL or PGlite. The jobs are written in the transaction of
 * the deliveries they work, so a delivery owed always has its job; the
 * deliveries and their attempts stay the watcher's record.
 */
export class DeliveryQueue {
  private constructor(
    private readonly boss: PgBoss,
    private readonly options: DeliveryQueueOptions,
  ) {}

  /**
   * pg-boss started on the database (its schema made or migrated, under its
   * advisory lock: replicas starting together take turns) and the queue made
   * or set to the configuration. A queue made now takes on the deliveries
   * already owed (a database from before the queue), in order.
   */
  static async start(
    database: DatabaseHandle<typeof schema>,
    options: DeliveryQueueOptions,
  ): Promise<DeliveryQueue> {
    const expireInSeconds = wholeSeconds(options.leaseMs);
    // expiry runs in the supervision's pass: within half a lease of a job's end (at least every
    // second, at most every minute)
    const superviseSeconds = Math.min(60, Math.max(1, Math.ceil(expireInSeconds / 2)));
    const boss = new PgBoss({
      db: jobQueueDb(database.driver),
      backend: database.kind === 'pglite' ? 'pglite' : 'postgres',
      schema: SCHEMA,
      instanceName: 'notifications',
      migrate: true,
      schedule: false,
      supervise: true,
      superviseIntervalSeconds: superviseSeconds,
      monitorIntervalSeconds: superviseSeconds,
      maintenanceIntervalSeconds: 3_600,
    });
    boss.on('error', (error) => options.logger.error({ err: error }, 'the delivery queue failed'));
    boss.on('warning', (warning) => options.logger.warn({ warning }, 'the delivery queue warns'));
    await boss.start();
    const queue = new DeliveryQueue(boss, options);
    try {
      const settings = deliveryQueueOptions(options);
      if (await boss.getQueue(DELIVERY_QUEUE)) {
        const { policy: _policy, ...changeable } = settings;
        await boss.updateQueue(DELIVERY_QUEUE, changeable);
      } else {
        await boss.createQueue(DELIVERY_QUEUE, settings);
        await queue.adoptOwed(database.db);
      }
    } catch (error) {
      await boss.stop({ graceful: false, close: false });
      throw error;
    }
    return queue;
  }

  /** Jobs for deliveries owed before there was a queue (a database older than it), in order. */
  private async adoptOwed(db: Database<typeof schema>): Promise<void> {
    await db.transaction(async (tx) => {
      const owed = await tx
        .select(queuedDeliveryColumns)
        .from(deliveries)
        .innerJoin(watches, eq(watches.id, deliveries.watchId))
        .where(and(eq(deliveries.status, 'PENDING'), eq(watches.active, true)))
        .orderBy(asc(deliveries.seq));
      await this.enqueue(tx, owed);
      if (owed.length > 0) {
        this.options.logger.info({ deliveries: owed.length }, 'the queue took on deliveries owed');
      }
    });
  }

  /** One job per delivery, in the caller's transaction, in the order the deliveries were owed. */
  async enqueue(tx: ServiceTransaction, owed: readonly QueuedDelivery[]): Promise<void> {
    if (owed.length === 0) return;
    const jobs = [...owed]
      .sort((a, b) => a.seq - b.seq)
      .map((delivery) => ({
        id: jobIdOf(delivery.seq),
        data: { deliveryId: delivery.id } satisfies DeliveryJob,
        singletonKey: `${delivery.watchId}:${delivery.subjectKey}`,
      }));
    await this.boss.insert(DELIVERY_QUEUE, jobs, { db: inTransaction(tx) });
  }

  /** Up to `batch` jobs whose turn it is: at most one per key, none another worker holds. */
  fetch(batch: number): Promise<Array<Job<DeliveryJob>>> {
    return this.boss.fetch<DeliveryJob>(DELIVERY_QUEUE, { batchSize: batch });
  }

  /** The job done (delivered, given up, or nothing to do), in the caller's transaction when given. */
  async complete(job: Job<DeliveryJob>, tx?: ServiceTransaction): Promise<void> {
    await this.boss.complete(
      DELIVERY_QUEUE,
      { id: job.id, retryCount: job.retryCount },
      null,
      tx ? { db: inTransaction(tx) } : {},
    );
  }

  /** The job failed: pg-boss runs it again after its backoff, its key's later jobs waiting behind it. */
  async fail(job: Job<DeliveryJob>, error: string, tx?: ServiceTransaction): Promise<void> {
    await this.boss.fail(
      DELIVERY_QUEUE,
      { id: job.id, retryCount: job.retryCount },
      { error },
      tx ? { db: inTransaction(tx) } : {},
    );
  }

  /** When pg-boss will run a job failed now again, at the earliest (its backoff, without the jitter). */
  nextAttemptAfterMs(job: Job<DeliveryJob>): number {
    const base = wholeSeconds(this.options.retryBaseMs);
    return Math.min(base * 2 ** Math.min(16, job.retryCount), MAX_BACKOFF_SECONDS) * 1000;
  }

  /** pg-boss stopped: its supervision ends; the database stays open (the service closes it). */
  async stop(): Promise<void> {
    await this.boss.stop({ graceful: false, close: false });
  }
}
