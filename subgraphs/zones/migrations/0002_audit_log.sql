CREATE TABLE "audit_log" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"request_id" text NOT NULL,
	"subject" text,
	"role" text NOT NULL,
	"operation_name" text,
	"document_hash" text,
	"purpose" text,
	"outcome" text NOT NULL,
	"fields" text[] DEFAULT '{}' NOT NULL,
	"denied_fields" text[] DEFAULT '{}' NOT NULL,
	"record_ids" text[] DEFAULT '{}' NOT NULL,
	"prev_hash" text DEFAULT '' NOT NULL,
	"hash" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX "audit_log_occurred_at_idx" ON "audit_log" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("subject");