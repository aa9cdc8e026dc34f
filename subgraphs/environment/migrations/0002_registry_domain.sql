-- pg_trgm backs the accent-insensitive facility search (a trusted extension: the database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TYPE "public"."approval_kind" AS ENUM('EIA_REPORT', 'PROTECTION_COMMITMENT', 'PROTECTION_PLAN', 'DETAILED_PROTECTION_SCHEME', 'SIMPLE_PROTECTION_SCHEME', 'ENVIRONMENTAL_PERMIT', 'ENVIRONMENTAL_REGISTRATION');--> statement-breakpoint
CREATE TYPE "public"."plan_task_status" AS ENUM('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'DELAYED');--> statement-breakpoint
CREATE TYPE "public"."polluter_resolution" AS ENUM('PENDING', 'THOROUGHLY_TREATED', 'RELOCATED', 'CLOSED');--> statement-breakpoint
CREATE TABLE "approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"kind" "approval_kind" NOT NULL,
	"decision_number" text NOT NULL,
	"issuing_authority" text NOT NULL,
	"issued_on" date NOT NULL,
	"valid_until" date,
	"revoked_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "approvals_validity_check" CHECK ("approvals"."valid_until" is null or "approvals"."valid_until" >= "approvals"."issued_on"),
	CONSTRAINT "approvals_revocation_check" CHECK ("approvals"."revoked_on" is null or "approvals"."revoked_on" >= "approvals"."issued_on")
);
--> statement-breakpoint
CREATE TABLE "hazardous_waste_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"code" text NOT NULL,
	"issued_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hazardous_waste_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"period" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"generated_kg" double precision NOT NULL,
	"treated_kg" double precision NOT NULL,
	"licensed_unit" text,
	"submitted_on" date NOT NULL,
	"submitted_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hazardous_waste_reports_kg_check" CHECK ("hazardous_waste_reports"."treated_kg" >= 0 and "hazardous_waste_reports"."treated_kg" <= "hazardous_waste_reports"."generated_kg"),
	CONSTRAINT "hazardous_waste_reports_period_check" CHECK ("hazardous_waste_reports"."period_end" >= "hazardous_waste_reports"."period_start")
);
--> statement-breakpoint
CREATE TABLE "hazardous_waste_streams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"waste_code" text NOT NULL,
	"name" text NOT NULL,
	"expected_kg_per_year" double precision NOT NULL,
	CONSTRAINT "hazardous_waste_streams_kg_check" CHECK ("hazardous_waste_streams"."expected_kg_per_year" >= 0)
);
--> statement-breakpoint
CREATE TABLE "legal_representatives" (
	"facility_id" uuid PRIMARY KEY NOT NULL,
	"full_name" text NOT NULL,
	"id_number" text,
	"date_of_birth" date,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_task_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"noted_on" date NOT NULL,
	"note" text NOT NULL,
	"author" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"lead_agency" text NOT NULL,
	"partner_agencies" text NOT NULL,
	"time_frame" text NOT NULL,
	"status" "plan_task_status" DEFAULT 'NOT_STARTED' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "post_approval_inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"approval_id" uuid NOT NULL,
	"inspected_on" date NOT NULL,
	"treatment_compliant" boolean NOT NULL,
	"findings" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "serious_polluter_listings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"listed_on" date NOT NULL,
	"reason" text,
	"deadline" date,
	"resolution" "polluter_resolution" DEFAULT 'PENDING' NOT NULL,
	"resolved_on" date,
	"published" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "serious_polluter_listings_resolution_check" CHECK (("serious_polluter_listings"."resolution" = 'PENDING') = ("serious_polluter_listings"."resolved_on" is null)),
	CONSTRAINT "serious_polluter_listings_dates_check" CHECK (("serious_polluter_listings"."deadline" is null or "serious_polluter_listings"."deadline" >= "serious_polluter_listings"."listed_on") and ("serious_polluter_listings"."resolved_on" is null or "serious_polluter_listings"."resolved_on" >= "serious_polluter_listings"."listed_on"))
);
--> statement-breakpoint
ALTER TABLE "facilities" ADD COLUMN "search_text" text GENERATED ALWAYS AS (translate(lower(name || ' ' || tax_code || ' ' || address), 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ', 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydaaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd')) STORED;--> statement-breakpoint
ALTER TABLE "approvals" ADD CONSTRAINT "approvals_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazardous_waste_registrations" ADD CONSTRAINT "hazardous_waste_registrations_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazardous_waste_reports" ADD CONSTRAINT "hazardous_waste_reports_registration_id_hazardous_waste_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."hazardous_waste_registrations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hazardous_waste_streams" ADD CONSTRAINT "hazardous_waste_streams_registration_id_hazardous_waste_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."hazardous_waste_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_representatives" ADD CONSTRAINT "legal_representatives_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_notes" ADD CONSTRAINT "plan_task_notes_task_id_plan_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_approval_inspections" ADD CONSTRAINT "post_approval_inspections_approval_id_approvals_id_fk" FOREIGN KEY ("approval_id") REFERENCES "public"."approvals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serious_polluter_listings" ADD CONSTRAINT "serious_polluter_listings_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "approvals_facility_id_idx" ON "approvals" USING btree ("facility_id");--> statement-breakpoint
CREATE UNIQUE INDEX "hazardous_waste_registrations_facility_id_key" ON "hazardous_waste_registrations" USING btree ("facility_id");--> statement-breakpoint
CREATE UNIQUE INDEX "hazardous_waste_registrations_code_key" ON "hazardous_waste_registrations" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "hazardous_waste_reports_registration_period_key" ON "hazardous_waste_reports" USING btree ("registration_id","period");--> statement-breakpoint
CREATE INDEX "hazardous_waste_streams_registration_id_idx" ON "hazardous_waste_streams" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "plan_task_notes_task_id_idx" ON "plan_task_notes" USING btree ("task_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_tasks_number_key" ON "plan_tasks" USING btree ("number");--> statement-breakpoint
CREATE INDEX "post_approval_inspections_approval_id_idx" ON "post_approval_inspections" USING btree ("approval_id");--> statement-breakpoint
CREATE INDEX "serious_polluter_listings_facility_id_idx" ON "serious_polluter_listings" USING btree ("facility_id");--> statement-breakpoint
CREATE INDEX "serious_polluter_listings_listed_on_idx" ON "serious_polluter_listings" USING btree ("listed_on");--> statement-breakpoint
CREATE INDEX "facilities_search_text_trgm_idx" ON "facilities" USING gin ("search_text" gin_trgm_ops);