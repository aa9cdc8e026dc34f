import { randomUUID } from 'node:crypto';
import type { Database } from '@ipc-hub/db';
import type { HubEventMessage, HubEventType } from '@ipc-hub/events';
import type { Logger } from '@ipc-hub/logger';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { deliveries, deliveryAttempts, receivedEvents, watches } from '../db/schema';
import { EVENT_ID_HEADER, SIGNATURE_HEADER, signWebhook } from './signature';
import { checkWebhookTarget, type TargetPolicy } from './webhookTarget';

export interface DeliveryWorkerOptions {
  leaseMs: number;
  timeoutMs: number;
  maxAttempts: number;
  retryBaseMs: number;
  policy: TargetPolicy;
  logger: Logger;
  /** deliveries taken at once */
  batch?: number;
  /** this worker's name in `leased_by`; a fresh one per process */
  workerId?: string;
  /** told each attempt's outcome (the service's metrics) */
  onOutcome?: (outcome: 'delivered' | 'retried' | 'failed') => void;
}

/** an attempt whose answer is awaited; recorded when the delivery is taken, so a killed worker's shows */
const IN_PROGRESS = 'in progress';
const ABANDONED = 'no answer recorded: the worker stopped and its lease ran out';
/** the longest wait between two attempts */
const MAX_BACKOFF_MS = 3_600_000;
/** a watch whose webhook has failed this long without a success is paused */
const DEAD_AFTER_MS = 24 * 3_600_000;

/** The wait before attempt `attempts + 1`: the base doubled per attempt made, capped at an hour. */
export function backoffMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

interface Claimed {
  id: string;
  attempts: number;
  webhookUrl: string;
  webhookSecret: string;
  watchId: string;
  event: HubEventMessage;
}

type Outcome =
  | { ok: true; statusCode: number }
  | { ok: false; statusCode: number | null; error: string };

/**
 * The delivery queue's worker. It takes due deliveries with `FOR UPDATE SKIP
 * LOCKED` (so replicas never take the same row) and holds each by a lease;
 * the attempt is counted when taken, so a worker killed mid-delivery leaves
 * a row whose lease runs out and which another worker (or this one,
 * restarted) takes again. A delivery waits while an earlier one of the same
 * watch and subject is pending: one subject's events arrive in order.
 */
export class DeliveryWorker {
  private readonly workerId: string;
  private stopped = true;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly db: Database<typeof schema>,
    private readonly options: DeliveryWorkerOptions,
  ) {
    this.workerId = options.workerId ?? randomUUID();
  }

  /** Takes what is due now and delivers it; returns how many deliveries were attempted. */
  async runOnce(): Promise<number> {
    const claimed = await this.claim();
    await Promise.all(claimed.map((delivery) => this.attempt(delivery)));
    return claimed.length;
  }

  start(pollMs: number): void {
    this.stopped = false;
    this.loop = (async () => {
      while (!this.stopped) {
        let worked = 0;
        try {
          worked = await this.runOnce();
        } catch (error) {
          this.options.logger.error({ err: error }, 'the delivery worker failed a round');
        }
        if (worked === 0 && !this.stopped) {
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

  private async claim(): Promise<Claimed[]> {
    const leased = await this.db.transaction(async (tx) => {
      const taken = (await tx.execute(sql`
        with due as (
          select d.seq from deliveries d
          where d.status = 'PENDING' and d.next_attempt_at <= now()
            and (d.lease_until is null or d.lease_until < now())
            and exists (select 1 from watches w where w.id = d.watch_id and w.active)
            and not exists (
              select 1 from deliveries p
              where p.watch_id = d.watch_id and p.subject_key = d.subject_key
                and p.status = 'PENDING' and p.seq < d.seq)
          order by d.seq
          limit ${this.options.batch ?? 20}
          for update of d skip locked
        )
        update deliveries set
          lease_until = now() + make_interval(secs => ${this.options.leaseMs / 1000}),
          leased_by = ${this.workerId},
          attempts = deliveries.attempts + 1
        from due where deliveries.seq = due.seq
        returning deliveries.id, deliveries.attempts`)) as {
        rows: Array<{ id: string; attempts: number }>;
      };
      if (taken.rows.length === 0) return taken;
      const ids = taken.rows.map((row) => row.id);
      // an attempt still in progress on a delivery taken again: its worker stopped before an answer
      await tx
        .update(deliveryAttempts)
        .set({ error: ABANDONED })
        .where(
          and(inArray(deliveryAttempts.deliveryId, ids), eq(deliveryAttempts.error, IN_PROGRESS)),
        );
      await tx.insert(deliveryAttempts).values(
        taken.rows.map((row) => ({
          deliveryId: row.id,
          attempt: row.attempts,
          error: IN_PROGRESS,
          durationMs: 0,
        })),
      );
      return taken;
    });
    if (leased.rows.length === 0) return [];
    const attempts = new Map(leased.rows.map((row) => [row.id, row.attempts]));
    const rows = await this.db
      .select({ delivery: deliveries, watch: watches, event: receivedEvents })
      .from(deliveries)
      .innerJoin(watches, eq(watches.id, deliveries.watchId))
      .innerJoin(receivedEvents, eq(receivedEvents.id, deliveries.eventId))
      .where(inArray(deliveries.id, [...attempts.keys()]))
      .orderBy(deliveries.seq);
    return rows.map(({ delivery, watch, event }) => ({
      id: delivery.id,
      attempts: attempts.get(delivery.id) ?? delivery.attempts,
      webhookUrl: watch.webhookUrl ?? '',
      webhookSecret: watch.webhookSecret ?? '',
      watchId: watch.id,
      event: {
        id: event.id,
        type: event.type as HubEventType,
        occurredAt: event.occurredAt.toISOString(),
        agency: event.agency,
        facilityId: event.facilityId,
        zoneId: event.zoneId,
        clusterId: event.clusterId,
        adminUnitCode: event.adminUnitCode,
        summary: event.summary,
        summaryVi: event.summaryVi,
      },
    }));
  }

  /** One POST, its attempt recorded, and the delivery done, retried later or given up. */
  private async attempt(delivery: Claimed): Promise<void> {
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
      const mine = and(eq(deliveries.id, delivery.id), eq(deliveries.leasedBy, this.workerId));
      if (outcome.ok) {
        await tx
          .update(deliveries)
          .set({ status: 'DELIVERED', deliveredAt: new Date(), leaseUntil: null, lastError: null })
          .where(mine);
        // only a watch that was failing is written: each delivery of a busy watch would otherwise wait on its row's lock
        await tx
          .update(watches)
          .set({ failingSince: null })
          .where(and(eq(watches.id, delivery.watchId), isNotNull(watches.failingSince)));
        return;
      }
      await tx
        .update(deliveries)
        .set({
          status: given ? 'FAILED' : 'PENDING',
          leaseUntil: null,
          lastError: outcome.error,
          nextAttemptAt: new Date(
            Date.now() + backoffMs(delivery.attempts, this.options.retryBaseMs),
          ),
        })
        .where(mine);
      await tx.execute(sql`
        update watches set
          failing_since = coalesce(failing_since, now()),
          active = case when failing_since < now() - make_interval(secs => ${DEAD_AFTER_MS / 1000}) then false else active end,
          paused_reason = case when failing_since < now() - make_interval(secs => ${DEAD_AFTER_MS / 1000})
            then 'the webhook has failed for a day / webhook lỗi liên tục một ngày' else paused_reason end
        where id = ${delivery.watchId}`);
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
