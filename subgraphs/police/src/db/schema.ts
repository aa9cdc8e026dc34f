/**
 * Every table, enum and kept-state list of this subgraph's database: each is
 * defined in the schema.ts of the module that owns it, the audit trail and
 * the outbox in their packages. What drizzle-kit's config (migrations) and
 * `openDatabase({ schema })` read.
 */

/** The audit trail of reads of personal and case data and of denials (docs/access.md). */
export { auditLog } from '@ipc-hub/access';
/** The outbox of the hub events this agency records (docs/notifications.md). */
export { hubEvents } from '@ipc-hub/events';
export * from '../authorities/schema';
export * from '../caseFiles/schema';
export * from '../inspections/schema';
export * from '../sanctions/schema';
export * from '../violations/schema';
