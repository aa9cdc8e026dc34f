/**
 * Every table, enum and kept-state list of this subgraph's database: each is
 * defined in the schema.ts of the module that owns it, the audit trail and
 * the outbox in their packages. What drizzle-kit's config (migrations) and
 * `openDatabase({ schema })` read.
 */

/** The audit trail (docs/access.md): the zones hold no personal or case data, so it records denials. */
export { auditLog } from '@ipc-hub/access';
/** The outbox of the hub events this agency records (docs/notifications.md). */
export { hubEvents } from '@ipc-hub/events';
export * from '../projects/schema';
export * from '../tenancies/schema';
export * from '../zones/schema';
