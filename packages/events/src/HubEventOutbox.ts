import type { Database } from '@ipc-hub/db';
import { and, asc, inArray, isNull, lt, sql } from 'drizzle-orm';
import { type HubEventMessage, toHubEventMessage } from './HubEventMessage';
import { hubEvents } from './hubEvents';

/**
 * A subgraph's outbox as its reader sees it: the events not yet relayed, in
 * the order they were recorded, and marking those the reader now holds.
 * Reading by "not yet relayed" rather than "after the last seq" keeps an
 * event whose transaction committed after a later-numbered one from being
 * skipped.
 */
export class HubEventOutbox {
  constructor(
    private readonly db: Database,
    /** the role of the agency whose outbox this is */
    private readonly agency: string,
  ) {}

  async waiting(limit: number): Promise<HubEventMessage[]> {
    const rows = await this.db
      .select()
      .from(hubEvents)
      .where(isNull(hubEvents.relayedAt))
      .orderBy(asc(hubEvents.seq))
      .limit(limit);
    return rows.map((row) => toHubEventMessage(row, this.agency));
  }

  /** Marks events relayed; returns how many were still waiting. */
  async markRelayed(ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const marked = await this.db
      .update(hubEvents)
      .set({ relayedAt: new Date() })
      .where(and(inArray(hubEvents.id, [...ids]), isNull(hubEvents.relayedAt)))
      .returning({ id: hubEvents.id });
    return marked.length;
  }

  /**
   * Removes up to `limit` events relayed more than `retentionDays` ago;
   * returns how many. Never an event still waiting: only what the
   * notifications service already holds.
   */
  async pruneRelayed(retentionDays: number, limit = 1_000): Promise<number> {
    // Only the oldest rows are looked at (the primary key's first `limit`): events are relayed in
    // order, so what is past the retention is there, and an acknowledgement never scans the table.
    const oldest = this.db
      .select({ seq: hubEvents.seq, relayedAt: hubEvents.relayedAt })
      .from(hubEvents)
      .orderBy(asc(hubEvents.seq))
      .limit(limit)
      .as('oldest');
    const old = this.db
      .select({ seq: oldest.seq })
      .from(oldest)
      .where(lt(oldest.relayedAt, sql`now() - make_interval(days => ${retentionDays})`));
    const pruned = await this.db
      .delete(hubEvents)
      .where(inArray(hubEvents.seq, old))
      .returning({ seq: hubEvents.seq });
    return pruned.length;
  }
}
