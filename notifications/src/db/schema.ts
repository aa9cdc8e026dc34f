import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Một theo dõi (watch): who watches which events about which units or
 * facilities, and where its webhook goes. The watcher's scope is kept from
 * its token when the watch was made: a delivery has no caller to ask.
 */
export const watches = pgTable(
  'watches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerSub: text('owner_sub').notNull(),
    ownerRole: text('owner_role').notNull(),
    /** AREA: the units its token covers; OPERATOR: its facilities (docs/access.md) */
    ownerAdminUnits: text('owner_admin_units').array().notNull().default(sql`'{}'`),
    ownerFacilityIds: text('owner_facility_ids').array().notNull().default(sql`'{}'`),
    name: text('name').notNull(),
    events: text('events').array().notNull(),
    /** empty: every unit the watcher may see */
    adminUnitCodes: text('admin_unit_codes').array().notNull().default(sql`'{}'`),
    /** empty: every facility the watcher may see */
    facilityIds: text('facility_ids').array().notNull().default(sql`'{}'`),
    webhookUrl: text('webhook_url'),
    /** the HMAC key of the webhook's signature; never read back through the API */
    webhookSecret: text('webhook_secret'),
    active: boolean('active').notNull().default(true),
    /** why it was paused (a webhook failing for a day) */
    pausedReason: text('paused_reason'),
    /** the first failure since the last success; a day of failures pauses the watch */
    failingSince: timestamp('failing_since', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('watches_owner_sub_idx').on(t.ownerSub)],
);

/** The events the service took from the agencies' outboxes, once each (their ids are the agencies'). */
export const receivedEvents = pgTable(
  'received_events',
  {
    /** the order they were received in: the feed's and the deliveries' */
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull(),
    type: text('type').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    agency: text('agency').notNull(),
    facilityId: uuid('facility_id'),
    zoneId: uuid('zone_id'),
    clusterId: uuid('cluster_id'),
    adminUnitCode: text('admin_unit_code'),
    summary: text('summary').notNull(),
    summaryVi: text('summary_vi').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('received_events_id_key').on(t.id),
    index('received_events_type_idx').on(t.type),
    index('received_events_received_at_idx').on(t.receivedAt),
  ],
);

/**
 * One event owed to one watch's webhook, as its watcher reads it: its status
 * and (in `delivery_attempts`) every attempt. The work itself is a job of
 * pg-boss's queue (`delivery/DeliveryQueue.ts`), written with the delivery.
 */
export const deliveries = pgTable(
  'deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** the order deliveries were owed in */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    watchId: uuid('watch_id')
      .notNull()
      .references(() => watches.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id').notNull(),
    /** what the event is about (its facility, plant or unit): deliveries of one subject go in order */
    subjectKey: text('subject_key').notNull(),
    /** PENDING, DELIVERED or FAILED (attempts exhausted, or its watch deleted) */
    status: text('status').notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    /** when a pending delivery is tried again at the earliest (its job's backoff, without the jitter) */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('deliveries_seq_key').on(t.seq),
    uniqueIndex('deliveries_watch_id_event_id_key').on(t.watchId, t.eventId),
    index('deliveries_watch_id_subject_key_idx').on(t.watchId, t.subjectKey, t.seq),
    // the retention asks, of each old event, whether a delivery still needs it
    index('deliveries_event_id_idx').on(t.eventId),
  ],
);

/** Every attempt at a delivery, as its receiver answered: what `deliveries` shows a watcher. */
export const deliveryAttempts = pgTable(
  'delivery_attempts',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => deliveries.id, { onDelete: 'cascade' }),
    attempt: integer('attempt').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** the receiver's HTTP status; null when it could not be reached or did not answer in time */
    statusCode: integer('status_code'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
  },
  (t) => [index('delivery_attempts_delivery_id_idx').on(t.deliveryId)],
);
