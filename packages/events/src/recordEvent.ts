import type { Database } from '@ipc-hub/db';
import { hubEvents } from './hubEvents';
import type { HubEventType } from './hubEventTypes';

/** An event as the code that causes it states it. */
export interface NewHubEvent {
  type: HubEventType;
  facilityId?: string | null;
  zoneId?: string | null;
  clusterId?: string | null;
  adminUnitCode?: string | null;
  /** one line in English, one in Vietnamese: what a person reads in the feed */
  summary: string;
  summaryVi: string;
  /** when it happened, if not now (an exceedance: when the reading was measured) */
  occurredAt?: Date;
  /** see `hubEvents.dedupeKey`: an event with a key already recorded is not recorded again */
  dedupeKey?: string;
}

/**
 * Records hub events in the outbox of the subgraph's database. Call it with
 * the transaction of the change (`db.transaction(async (tx) => …)`): the
 * events are committed with the change or not at all.
 */
export async function recordEvents(tx: Database, events: readonly NewHubEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx
    .insert(hubEvents)
    .values(
      events.map((event) => ({
        type: event.type,
        facilityId: event.facilityId ?? null,
        zoneId: event.zoneId ?? null,
        clusterId: event.clusterId ?? null,
        adminUnitCode: event.adminUnitCode ?? null,
        summary: event.summary,
        summaryVi: event.summaryVi,
        dedupeKey: event.dedupeKey ?? null,
        ...(event.occurredAt ? { occurredAt: event.occurredAt } : {}),
      })),
    )
    .onConflictDoNothing({ target: [hubEvents.type, hubEvents.dedupeKey] });
}

/** One event; see `recordEvents`. */
export function recordEvent(tx: Database, event: NewHubEvent): Promise<void> {
  return recordEvents(tx, [event]);
}
