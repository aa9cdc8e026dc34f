import type { Database } from '@ipc-hub/db';
import { type HubEventMessage, toHubEventMessage } from '@ipc-hub/events';
import type { Logger } from '@ipc-hub/logger';
import { and, eq, isNotNull, lt, sql } from 'drizzle-orm';
import type { Job } from 'pg-boss';
import type * as schema from '../db/schema';
import { deliveries, deliveryAttempts, receivedEvents, watches } from '../db/schema';
import type { DeliveryJob, DeliveryQueue } from './DeliveryQueue';
import { EVENT_ID_HEADER, SIGNATURE_HEADER, signWebhook } from './signature';
import { checkWebhookTarget, type TargetPolicy } from './webhookTarget';

export interface DeliveryWorkerOptions {
  timeoutMs: number;
  maxAttempts: number;
  policy: TargetPolicy;
  logger: Logger;
  /** jobs taken at once */
  batch?: number;
  /** told each attempt's outcome (the service's metrics) */
  onOutcome?: (outcome: 'delivered' | 'retried' | 'failed') => void;
}

/** an attempt whose answer is awaited; recorded when the job is taken, so a killed worker's shows */
const IN_PROGRESS = 'in progress';
const ABANDONED = 'no answer recorded: the worker stopped and its job expired';
/** a watch whose webhook has failed this long without a success is paused */
const DEAD_AFTER_MS = 24 * 3_600_000;

interface Claimed {
  id: string;
  attempts: number;
  webhookUrl: string;
  webhookSecret: string;
  watchId: string;
  event: HubEventMessage;
}

/** what taking a job found: a delivery to attempt, or a reason to complete the job without a POST */
type Taken = { delivery: Claimed } | { skip: 'done' | 'paused' | 'behind' };

type Outcome =
  | { ok: true; statusCode: number }
  | { ok: false; statusCode: number | null; error: string };

/**
 * The delivery queue's worker. pg-boss hands it jobs (`fetch`, `FOR UPDATE
 * SKIP LOCKED`: replicas never take the same one) at most one per watch and
 * subject at a time; a job still active when its expiry passes (its worker
 * was killed) is run again by pg-boss's supervision. The attempt is recorded
 * when the job is taken, so a killed worker's shows. A failure is a failed
 * job, which pg-boss retries after its backoff while the subject's later
 * jobs wait; at the retry limit the delivery is given up and its job
 * completed, so the subject's later events go on.
 */
export class DeliveryWorker {
  private stopped = true;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly db: Database<typeof schema>,
    private readonly queue: DeliveryQueue,
    private readonly options: DeliveryWorkerOptions,
  ) {}

  /** Takes the jobs whose turn it is and delivers them; returns how many deliveries were attempted. */
  async runOnce(): Promise<number> {
    return (await this.round()).attempted;
  }

  private async round(): Promise<{ taken: number; attempted: number }> {
    const jobs = await this.queue.fetch(this.options.batch ?? 20);
    const attempted = await Promise.all(jobs.map((job) => this.work(job)));
    return { taken: jobs.length, attempted: attempted.filter(Boolean).length };
  }

  /**
   * Its own loop over `runOnce` rather than pg-boss's `work`: the poll is the
   * service's (`HUB_DELIVERY_POLL_MS`, under pg-boss's half-second floor when
   * asked), tests drive the same rounds by hand, and `stop` waits for the
   * round in flight to record its answers.
   */
  start(pollMs: number): void {
    this.stopped = false;
    this.loop = (async () => {
      while (!this.stopped) {
        let taken = 0;
        try {
          taken = (await this.round()).taken;
        } catch (error) {
          this.options.logger.error({ err: error }, 'the delivery worker failed a round');
        }
        if (taken === 0 && !this.stopped) {
          await new Promise<void>((resolve) => {
            this.wake = resolve;
            setTimeout(resolve, pollMs).unref();
          });
        }
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
  }

  /** One job: its delivery attempted and its answer recorded, or the job completed with nothing to do. */
  private async work(job: Job<DeliveryJob>): Promise<boolean> {
    const taken = await this.take(job.data.deliveryId);
    if ('skip' in taken) {
      // done: delivered, given up or deleted with its watch; paused: it waits for `resumeWatch`,
      // which enqueues it again; behind: an earlier delivery of its subject is owed first (a job
      // left from before a resume, which enqueued this one again after it)
      await this.queue.complete(job);
      return false;
    }
    await this.attempt(job, taken.delivery);
    return true;
  }

  /** The delivery, its watch and event read, its attempt counted and recorded as in progress. */
  private async take(deliveryId: string): Promise<Taken> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx
        .select({ delivery: deliveries, watch: watches, event: receivedEvents })
        .from(deliveries)
        .innerJoin(watches, eq(watches.id, deliveries.watchId))
        .innerJoin(receivedEvents, eq(receivedEvents.id, deliveries.eventId))
        .where(eq(deliveries.id, deliveryId))
        .for('update', { of: deliveries });
      if (row?.delivery.status !== 'PENDING') return { skip: 'done' };
      if (!row.watch.active) return { skip: 'paused' };
      const [earlier] = await tx
        .select({ id: deliveries.id })
        .from(deliveries)
        .where(
          and(
            eq(deliveries.watchId, row.delivery.watchId),
            eq(deliveries.subjectKey, row.delivery.subjectKey),
            eq(deliveries.status, 'PENDING'),
            lt(deliveries.seq, row.delivery.seq),
          ),
        )
        .limit(1);
      if (earlier) return { skip: 'behind' };
      const attempts = row.delivery.attempts + 1;
      await tx.update(deliveries).set({ attempts }).where(eq(deliveries.id, deliveryId));
      // an attempt still in progress on a delivery taken again: its worker stopped before an answer
      await tx
        .update(deliveryAttempts)
        .set({ error: ABANDONED })
        .where(
          and(eq(deliveryAttempts.deliveryId, deliveryId), eq(deliveryAttempts.error, IN_PROGRESS)),
        );
      await tx
        .insert(deliveryAttempts)
        .values({ deliveryId, attempt: attempts, error: IN_PROGRESS, durationMs: 0 });
      const { watch, event } = row;
      return {
        delivery: {
          id: deliveryId,
          attempts,
          webhookUrl: watch.webhookUrl ?? '',
          webhookSecret: watch.webhookSecret ?? '',
          watchId: watch.id,
          event: toHubEventMessage(event, event.agency),
        },
      };
    });
  }

  /**
   * One POST, its attempt recorded, and the delivery done, retried later or
   * given up — with its job settled in the same transaction.
   */
  private async attempt(job: Job<DeliveryJob>, delivery: Claimed): Promise<void> {
    const started = Date.now();
    const outcome = await this.post(delivery);
    const durationMs = Date.now() - started;
    const given = !outcome.ok && delivery.attempts >= this.options.maxAttempts;
    await this.db.transaction(async (tx) => {
      await tx
        .update(deliveryAttempts)
        .set({
          statusCode: outcome.statusCode,
          error: outcome.ok ? null : outcome.error,
          durationMs,
        })
        .where(
          and(
            eq(deliveryAttempts.deliveryId, delivery.id),
            eq(deliveryAttempts.attempt, delivery.attempts),
          ),
        );
      if (outcome.ok) {
        await tx
          .update(deliveries)
          .set({ status: 'DELIVERED', deliveredAt: new Date(), lastError: null })
          .where(eq(deliveries.id, delivery.id));
        // only a watch that was failing is written: each delivery of a busy watch would otherwise wait on its row's lock
        await tx
          .update(watches)
          .set({ failingSince: null })
          .where(and(eq(watches.id, delivery.watchId), isNotNull(watches.failingSince)));
        await this.queue.complete(job, tx);
        return;
      }
      await tx
        .update(deliveries)
        .set({
          status: given ? 'FAILED' : 'PENDING',
          lastError: outcome.error,
          nextAttemptAt: new Date(Date.now() + this.queue.nextAttemptAfterMs(job)),
        })
        .where(eq(deliveries.id, delivery.id));
      const paused = (await tx.execute(sql`
        update watches set
          failing_since = coalesce(failing_since, now()),
          active = case when failing_since < now() - make_interval(secs => ${DEAD_AFTER_MS / 1000}) then false else active end,
          paused_reason = case when failing_since < now() - make_interval(secs => ${DEAD_AFTER_MS / 1000})
            then 'the webhook has failed for a day / webhook lỗi liên tục một ngày' else paused_reason end
        where id = ${delivery.watchId}
        returning active`)) as { rows: Array<{ active: boolean }> };
      // given up, or its watch paused now (it waits for `resumeWatch`, which enqueues it again): the
      // job is done; a failed job would hold the subject's later jobs back for good
      if (given || paused.rows[0]?.active === false) await this.queue.complete(job, tx);
      else await this.queue.fail(job, outcome.error, tx);
    });
    this.options.onOutcome?.(outcome.ok ? 'delivered' : given ? 'failed' : 'retried');
    if (given) {
      // an event a watcher will never receive from the hub: on-call is alerted (hub_webhook_deliveries_total)
      this.options.logger.warn(
        {
          delivery: delivery.id,
          event: delivery.event.id,
          watch: delivery.watchId,
          attempt: delivery.attempts,
          error: outcome.error,
        },
        'a webhook delivery was given up at the retry limit',
      );
    } else if (!outcome.ok) {
      this.options.logger.info(
        {
          delivery: delivery.id,
          event: delivery.event.id,
          attempt: delivery.attempts,
          error: outcome.error,
        },
        'a webhook delivery failed; it will be retried',
      );
    }
  }

  private async post(delivery: Claimed): Promise<Outcome> {
    const target = await checkWebhookTarget(delivery.webhookUrl, this.options.policy);
    if (!target.ok)
      return { ok: false, statusCode: null, error: `target refused: ${target.reason}` };
    const body = JSON.stringify(delivery.event);
    try {
      const response = await fetch(target.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'ipc-hub-notifications',
          [EVENT_ID_HEADER]: delivery.event.id,
          [SIGNATURE_HEADER]: signWebhook(delivery.webhookSecret, body),
        },
        body,
        // a redirect is an answer, not a new target: following it would bypass the target check
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      await response.body?.cancel();
      if (response.status >= 200 && response.status < 300) {
        return { ok: true, statusCode: response.status };
      }
      return { ok: false, statusCode: response.status, error: `HTTP ${response.status}` };
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      return {
        ok: false,
        statusCode: null,
        error: timedOut ? `no answer in ${this.options.timeoutMs} ms` : 'unreachable',
      };
    }
  }
}
