CREATE TYPE "public"."citizen_report_kind" AS ENUM('POLLUTION_COMPLAINT', 'DATA_ERROR');--> statement-breakpoint
CREATE TYPE "public"."citizen_report_status" AS ENUM('RECEIVED', 'ASSIGNED', 'ANSWERED', 'CLOSED', 'REJECTED');--> statement-breakpoint
CREATE TYPE "public"."citizen_report_step" AS ENUM('RECEIVED', 'ASSIGNED', 'ANSWERED', 'PLANNED', 'CORRECTED', 'CLOSED', 'REJECTED');--> statement-breakpoint
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
CREATE TABLE "citizen_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"record_ref" text NOT NULL,
	"agency" text NOT NULL,
	"summary" text NOT NULL,
	"recorded_by" text,
	"corrected_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "citizen_report_steps" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"report_id" uuid NOT NULL,
	"step" "citizen_report_step" NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"agency" text,
	"note" text,
	"due_on" date
);
--> statement-breakpoint
CREATE TABLE "citizen_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tracking_code_hash" text NOT NULL,
	"kind" "citizen_report_kind" NOT NULL,
	"status" "citizen_report_status" DEFAULT 'RECEIVED' NOT NULL,
	"description" text NOT NULL,
	"facility_id" uuid,
	"admin_unit_code" text,
	"record_ref" text,
	"assigned_agency" text NOT NULL,
	"handler" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"received_on" date NOT NULL,
	"due_by" date NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"contact_name" text,
	"contact_phone" text,
	"contact_email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "citizen_reports_one_subject" CHECK (("citizen_reports"."kind" = 'DATA_ERROR' and "citizen_reports"."record_ref" is not null) or ("citizen_reports"."kind" = 'POLLUTION_COMPLAINT' and "citizen_reports"."record_ref" is null and "citizen_reports"."admin_unit_code" is not null))
);
--> statement-breakpoint
ALTER TABLE "citizen_corrections" ADD CONSTRAINT "citizen_corrections_report_id_citizen_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."citizen_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_report_steps" ADD CONSTRAINT "citizen_report_steps_report_id_citizen_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."citizen_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_occurred_at_idx" ON "audit_log" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("subject");--> statement-breakpoint
CREATE UNIQUE INDEX "citizen_corrections_report_idx" ON "citizen_corrections" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "citizen_corrections_corrected_idx" ON "citizen_corrections" USING btree ("corrected_at","id");--> statement-breakpoint
CREATE INDEX "citizen_report_steps_report_idx" ON "citizen_report_steps" USING btree ("report_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "citizen_reports_tracking_code_hash_idx" ON "citizen_reports" USING btree ("tracking_code_hash");--> statement-breakpoint
CREATE INDEX "citizen_reports_agency_received_idx" ON "citizen_reports" USING btree ("assigned_agency","received_at");--> statement-breakpoint
CREATE INDEX "citizen_reports_received_idx" ON "citizen_reports" USING btree ("received_at","id");--> statement-breakpoint
CREATE INDEX "citizen_reports_unit_idx" ON "citizen_reports" USING btree ("admin_unit_code");--> statement-breakpoint
CREATE INDEX "citizen_reports_facility_idx" ON "citizen_reports" USING btree ("facility_id");