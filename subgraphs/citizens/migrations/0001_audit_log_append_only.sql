-- The audit trail is append-only and hash-chained (AUDIT_LOG_TRIGGERS of @ipc-hub/access).
CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger AS $$
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
