import { sql } from 'drizzle-orm';
import { bigserial, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * The outbox every subgraph keeps in its own database (a transactional
 * outbox): one row per hub event, written by `recordEvent` in the same
 * transaction as the change it tells of, so there is no change without its
 * event and no event without its change. The notifications service reads the
 * rows not yet relayed through the subgraph's internal endpoint and marks
 * them relayed once it holds them. Each subgraph's `schema.ts` re-exports it
 * so its migrations create it.
 */
export const hubEvents = pgTable(
  'hub_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    /** the event's id: X-Hub-Event-Id on every delivery and retry */
    id: uuid('id').notNull().defaultRandom(),
    type: text('type').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    /** what it is about: a facility, a zone's or a cluster's central plant, and the unit it stands in */
    facilityId: uuid('facility_id'),
    zoneId: uuid('zone_id'),
    clusterId: uuid('cluster_id'),
    adminUnitCode: text('admin_unit_code'),
    summary: text('summary').notNull(),
    summaryVi: text('summary_vi').notNull(),
    /**
     * Events that must be told once however often their cause is seen (one
     * EXCEEDANCE per station, parameter and day; one TRANSMISSION_GAP per
     * silence) carry a key; a second row with the same type and key is not written.
     */
    dedupeKey: text('dedupe_key'),
    /** when the notifications service took it; null while it waits */
    relayedAt: timestamp('relayed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('hub_events_id_key').on(t.id),
    uniqueIndex('hub_events_type_dedupe_key_key').on(t.type, t.dedupeKey),
    index('hub_events_waiting_idx').on(t.seq).where(sql`relayed_at is null`),
  ],
);

export type HubEventRow = typeof hubEvents.$inferSelect;
