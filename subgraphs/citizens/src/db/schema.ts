/**
 * Every table, enum and kept-state list of this subgraph's database: each is
 * defined in the schema.ts of the module that owns it, the audit trail and
 * the outbox in their packages. What drizzle-kit's config (migrations) and
 * `openDatabase({ schema })` read.
 */

/** The audit trail every subgraph keeps (docs/access.md): its migration creates it. */
export { auditLog } from '@ipc-hub/access';
/** The outbox of hub events (docs/notifications.md): CITIZEN_REPORT_RECEIVED is written with the report. */
export { hubEvents } from '@ipc-hub/events';
export * from '../reports/schema';
