import type { Database } from '@ipc-hub/db';
import { type HubEventMessage, OUTBOX_PATH, OUTBOX_RELAYED_PATH } from '@ipc-hub/events';
import { SUBGRAPH_PROOF_HEADER, SubgraphProofSigner } from '@ipc-hub/identity';
import type { Logger } from '@ipc-hub/logger';
import { isNotNull } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { deliveries, receivedEvents, watches } from '../db/schema';
import { type DeliveryQueue, queuedDeliveryColumns } from '../delivery/DeliveryQueue';
import { subjectKeyOf, watchMatches } from '../watches/watchScope';

/** One agency's outbox, as the relay reaches it. */
export interface OutboxSource {
  /** the subgraph's name: its proof is made for it */
  subgraph: string;
  /** the subgraph's address (its /graphql); the outbox is on the same origin */
  url: string;
}

const BATCH = 200;

/**
 * Takes the events waiting in each agency's outbox, keeps each once (by its
 * id) with the deliveries it owes the matching watches and their jobs in the
 * delivery queue — in one transaction —
 * and only then tells the agency they are taken. A crash between the two
 * brings the same events again, which the id makes harmless: nothing is
 * lost, and nothing is owed twice.
 */
export class OutboxRelay {
  private readonly signers = new Map<string, SubgraphProofSigner>();
  /** agencies whose outbox failed at the last poll: told once, not at every poll */
  private readonly failing = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly db: Database<typeof schema>,
    private readonly queue: DeliveryQueue,
    private readonly sources: readonly OutboxSource[],
    proofSecret: string,
    private readonly logger: Logger,
  ) {
    for (const source of sources) {
      this.signers.set(source.subgraph, new SubgraphProofSigner(proofSecret, source.subgraph));
    }
  }

  /** Reads every outbox once, until each has nothing waiting; returns the events taken. */
  async pollOnce(): Promise<number> {
    const taken = await Promise.all(
      this.sources.map(async (source) => {
        let total = 0;
        try {
          for (;;) {
            const count = await this.relayBatch(source);
            total += count;
            if (count < BATCH) break;
          }
          if (this.failing.delete(source.subgraph)) {
            this.logger.info({ agency: source.subgraph }, "an agency's outbox is read again");
          }
        } catch (error) {
          const first = !this.failing.has(source.subgraph);
          this.failing.add(source.subgraph);
          this.logger[first ? 'warn' : 'debug'](
            { err: error, agency: source.subgraph },
            "an agency's outbox could not be read; trying again at every poll",
          );
        }
        return total;
      }),
    );
    return taken.reduce((a, b) => a + b, 0);
  }

  start(intervalMs: number): void {
    const tick = () => {
      this.running = this.pollOnce().finally(() => {
        if (this.timer !== undefined) this.timer = setTimeout(tick, intervalMs);
      });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private headers(source: OutboxSource): Record<string, string> {
    const signer = this.signers.get(source.subgraph);
    return {
      'content-type': 'application/json',
      ...(signer ? { [SUBGRAPH_PROOF_HEADER]: signer.current() } : {}),
    };
  }

  private async relayBatch(source: OutboxSource): Promise<number> {
    const origin = new URL(source.url).origin;
    const response = await fetch(`${origin}${OUTBOX_PATH}?limit=${BATCH}`, {
      headers: this.headers(source),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`outbox answered HTTP ${response.status}`);
    const { events } = (await response.json()) as { events: HubEventMessage[] };
    if (events.length === 0) return 0;
    await this.keep(events);
    const acknowledged = await fetch(`${origin}${OUTBOX_RELAYED_PATH}`, {
      method: 'POST',
      headers: this.headers(source),
      body: JSON.stringify({ ids: events.map((event) => event.id) }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!acknowledged.ok)
      throw new Error(`outbox acknowledgement answered HTTP ${acknowledged.status}`);
    return events.length;
  }

  /** The events, the deliveries they owe and their jobs, in one transaction; an event already kept adds nothing. */
  async keep(events: readonly HubEventMessage[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      const kept = await tx
        .insert(receivedEvents)
        .values(
          // a message's fields are the table's columns; only its time comes as text
          events.map((event) => ({ ...event, occurredAt: new Date(event.occurredAt) })),
        )
        .onConflictDoNothing({ target: receivedEvents.id })
        .returning({ id: receivedEvents.id });
      if (kept.length === 0) return;
      const fresh = new Set(kept.map((row) => row.id));
      // a paused watch is owed its events too: they wait, and go when it is resumed
      const hooked = await tx.select().from(watches).where(isNotNull(watches.webhookUrl));
      const owed = events
        .filter((event) => fresh.has(event.id))
        .flatMap((event) =>
          hooked
            .filter((watch) => watchMatches(watch, event))
            .map((watch) => ({
              watchId: watch.id,
              eventId: event.id,
              subjectKey: subjectKeyOf(event),
            })),
        );
      if (owed.length === 0) return;
      const inserted = await tx
        .insert(deliveries)
        .values(owed)
        .onConflictDoNothing()
        .returning(queuedDeliveryColumns);
      // each delivery's job, committed with it: a delivery owed always has its job
      await this.queue.enqueue(tx, inserted);
    });
  }
}
