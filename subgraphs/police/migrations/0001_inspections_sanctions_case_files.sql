CREATE TYPE "public"."inspecting_agency" AS ENUM('POLICE', 'DONRE', 'DOIT', 'HIZA', 'DISTRICT_COMMITTEE');--> statement-breakpoint
CREATE TYPE "public"."inspection_kind" AS ENUM('SCHEDULED', 'SURPRISE', 'COMPLAINT', 'JOINT');--> statement-breakpoint
CREATE TYPE "public"."inspection_outcome" AS ENUM('NO_VIOLATION', 'VIOLATIONS_FOUND');--> statement-breakpoint
CREATE TABLE "case_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"violation_id" uuid NOT NULL,
	"opened_on" date NOT NULL,
	"evidence" text[] DEFAULT '{}' NOT NULL,
	"investigator_notes" text,
	"criminal_case_ref" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"admin_unit_code" text NOT NULL,
	"conducted_on" date NOT NULL,
	"kind" "inspection_kind" NOT NULL,
	"lead_agency" "inspecting_agency" NOT NULL,
	"joint_agencies" "inspecting_agency"[] DEFAULT '{}' NOT NULL,
	"findings" text,
	"outcome" "inspection_outcome" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspections_joint_agencies_check" CHECK (("inspections"."kind" = 'JOINT') = (cardinality("inspections"."joint_agencies") > 0)),
	CONSTRAINT "inspections_lead_not_joint_check" CHECK (not ("inspections"."lead_agency" = any("inspections"."joint_agencies"))),
	CONSTRAINT "inspections_police_took_part_check" CHECK ("inspections"."lead_agency" = 'POLICE' or 'POLICE' = any("inspections"."joint_agencies"))
);
--> statement-breakpoint
CREATE TABLE "sanctions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"violation_id" uuid NOT NULL,
	"decision_number" text NOT NULL,
	"decided_on" date NOT NULL,
	"deciding_authority" text NOT NULL,
	"fine_vnd" bigint,
	"suspension_months" integer,
	"other_penalties" text[] DEFAULT '{}' NOT NULL,
	"remedial_measures" text[] DEFAULT '{}' NOT NULL,
	"paid_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sanctions_fine_check" CHECK ("sanctions"."fine_vnd" is null or ("sanctions"."fine_vnd" > 0 and "sanctions"."fine_vnd" <= 2000000000)),
	CONSTRAINT "sanctions_suspension_check" CHECK ("sanctions"."suspension_months" is null or "sanctions"."suspension_months" between 1 and 24),
	CONSTRAINT "sanctions_paid_on_check" CHECK ("sanctions"."paid_on" is null or ("sanctions"."fine_vnd" is not null and "sanctions"."paid_on" >= "sanctions"."decided_on"))
);
--> statement-breakpoint
CREATE TABLE "suspects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_file_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"full_name" text NOT NULL,
	"id_number" text,
	"date_of_birth" date,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "violations" ADD COLUMN "inspection_id" uuid;--> statement-breakpoint
ALTER TABLE "violations" ADD COLUMN "discharge_m3_per_day" double precision;--> statement-breakpoint
ALTER TABLE "case_files" ADD CONSTRAINT "case_files_violation_id_violations_id_fk" FOREIGN KEY ("violation_id") REFERENCES "public"."violations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_violation_id_violations_id_fk" FOREIGN KEY ("violation_id") REFERENCES "public"."violations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suspects" ADD CONSTRAINT "suspects_case_file_id_case_files_id_fk" FOREIGN KEY ("case_file_id") REFERENCES "public"."case_files"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_files_violation_id_key" ON "case_files" USING btree ("violation_id");--> statement-breakpoint
CREATE INDEX "inspections_facility_id_idx" ON "inspections" USING btree ("facility_id");--> statement-breakpoint
CREATE INDEX "inspections_admin_unit_code_idx" ON "inspections" USING btree ("admin_unit_code");--> statement-breakpoint
CREATE INDEX "inspections_conducted_on_id_idx" ON "inspections" USING btree ("conducted_on","id");--> statement-breakpoint
CREATE UNIQUE INDEX "sanctions_violation_id_key" ON "sanctions" USING btree ("violation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sanctions_decision_key" ON "sanctions" USING btree ("deciding_authority","decision_number",extract(year from "decided_on"));--> statement-breakpoint
CREATE UNIQUE INDEX "suspects_case_file_id_position_key" ON "suspects" USING btree ("case_file_id","position");--> statement-breakpoint
ALTER TABLE "violations" ADD CONSTRAINT "violations_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "violations_inspection_id_idx" ON "violations" USING btree ("inspection_id");--> statement-breakpoint
ALTER TABLE "violations" ADD CONSTRAINT "violations_discharge_check" CHECK ("violations"."discharge_m3_per_day" is null or "violations"."discharge_m3_per_day" > 0);