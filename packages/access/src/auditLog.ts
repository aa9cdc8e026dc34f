import { sql } from 'drizzle-orm';
import { bigserial, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The audit trail every subgraph keeps in its own database: one row per
 * request that read personal or case data or was denied something
 * (docs/access.md). Append-only: the database refuses UPDATE, DELETE and
 * TRUNCATE, and
 * each row carries the hash of the one before it (see `AUDIT_LOG_TRIGGERS`),
 * so a row changed or removed behind the database's back breaks the chain.
 * Each subgraph's `schema.ts` re-exports it so its migrations create it.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    requestId: text('request_id').notNull(),
    /** the token's `sub`; null for the public */
    subject: text('subject'),
    role: text('role').notNull(),
    operationName: text('operation_name'),
    /** sha256 of the GraphQL document, so the query can be matched without storing its variables */
    documentHash: text('document_hash'),
    /** why, when the caller said (`X-Purpose`: a case number, a letter's reference) */
    purpose: text('purpose'),
    /** ALLOWED, DENIED or PARTIAL */
    outcome: text('outcome').notNull(),
    fields: text('fields').array().notNull().default(sql`'{}'`),
    deniedFields: text('denied_fields').array().notNull().default(sql`'{}'`),
    recordIds: text('record_ids').array().notNull().default(sql`'{}'`),
    prevHash: text('prev_hash').notNull().default(''),
    hash: text('hash').notNull().default(''),
  },
  (t) => [
    index('audit_log_occurred_at_idx').on(t.occurredAt),
    index('audit_log_subject_idx').on(t.subject),
  ],
);

/**
 * The triggers that make `audit_log` append-only and chained. drizzle-kit
 * cannot express triggers: each subgraph carries this SQL in a custom
 * migration (`drizzle-kit generate --custom`), and a test checks the
 * migration matches it.
 */
export const AUDIT_LOG_TRIGGERS = `CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger AS $$
DECLARE previous text;
BEGIN
  -- one writer at a time, so that each row links to the one before it
  PERFORM pg_advisory_xact_lock(7520120);
  SELECT hash INTO previous FROM audit_log ORDER BY seq DESC LIMIT 1;
  NEW.prev_hash := coalesce(previous, '');
  NEW.hash := encode(sha256(convert_to(concat_ws('|', NEW.prev_hash, NEW.seq::text,
    to_char(NEW.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), NEW.request_id,
    coalesce(NEW.subject, ''), NEW.role, coalesce(NEW.operation_name, ''), coalesce(NEW.document_hash, ''),
    coalesce(NEW.purpose, ''), NEW.outcome, array_to_string(NEW.fields, ','),
    array_to_string(NEW.denied_fields, ','), array_to_string(NEW.record_ids, ',')), 'UTF8')), 'hex');
  RETURN NEW;
END $$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$ LANGUAGE plpgsql;--> statement-breakpoint
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
`;
