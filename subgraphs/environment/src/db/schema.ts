/**
 * Every table, enum and kept-state list of this subgraph's database: each is
 * defined in the schema.ts of the module that owns it, the audit trail and
 * the outbox in their packages. What drizzle-kit's config (migrations) and
 * `openDatabase({ schema })` read.
 */

/** The audit trail of reads of personal data and of denials (docs/access.md). */
export { auditLog } from '@ipc-hub/access';
/** The outbox of the hub events this agency records (docs/notifications.md). */
export { hubEvents } from '@ipc-hub/events';
export * from '../adminUnits/schema';
export * from '../approvals/schema';
export * from '../facilities/schema';
export * from '../hazardousWaste/schema';
export * from '../monitoring/schema';
export * from '../planTasks/schema';
export * from '../seriousPolluters/schema';
