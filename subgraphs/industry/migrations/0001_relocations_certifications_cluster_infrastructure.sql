CREATE TYPE "public"."certification_kind" AS ENUM('ISO_14001', 'CLEANER_PRODUCTION', 'ENERGY_AUDIT');--> statement-breakpoint
CREATE TYPE "public"."relocation_reason" AS ENUM('SERIOUS_POLLUTION', 'HIGH_RISK_SECTOR_IN_RESIDENTIAL_AREA', 'NOT_IN_LINE_WITH_PLANNING');--> statement-breakpoint
CREATE TYPE "public"."relocation_status" AS ENUM('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED');--> statement-breakpoint
CREATE TABLE "certifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"kind" "certification_kind" NOT NULL,
	"number" text NOT NULL,
	"issuer" text NOT NULL,
	"issued_on" date NOT NULL,
	"valid_until" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certifications_validity_check" CHECK ("certifications"."valid_until" is null or "certifications"."valid_until" > "certifications"."issued_on")
);
--> statement-breakpoint
CREATE TABLE "relocation_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"reason" "relocation_reason" NOT NULL,
	"destination_zone_id" uuid,
	"destination_cluster_id" uuid,
	"deadline" date NOT NULL,
	"status" "relocation_status" DEFAULT 'PLANNED' NOT NULL,
	"opened_on" date NOT NULL,
	"started_on" date,
	"completed_on" date,
	"cancelled_on" date,
	"support_granted_vnd" bigint,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "relocation_cases_one_destination_check" CHECK ("relocation_cases"."destination_zone_id" is null or "relocation_cases"."destination_cluster_id" is null),
	CONSTRAINT "relocation_cases_deadline_check" CHECK ("relocation_cases"."deadline" >= "relocation_cases"."opened_on"),
	CONSTRAINT "relocation_cases_support_check" CHECK ("relocation_cases"."support_granted_vnd" is null or "relocation_cases"."support_granted_vnd" >= 0),
	CONSTRAINT "relocation_cases_dates_check" CHECK (("relocation_cases"."started_on" is null or "relocation_cases"."started_on" >= "relocation_cases"."opened_on")
        and ("relocation_cases"."completed_on" is null or "relocation_cases"."completed_on" >= "relocation_cases"."started_on")
        and ("relocation_cases"."cancelled_on" is null or "relocation_cases"."cancelled_on" >= coalesce("relocation_cases"."started_on", "relocation_cases"."opened_on"))),
	CONSTRAINT "relocation_cases_status_check" CHECK (case "relocation_cases"."status"
        when 'PLANNED' then "relocation_cases"."started_on" is null and "relocation_cases"."completed_on" is null and "relocation_cases"."cancelled_on" is null
        when 'IN_PROGRESS' then "relocation_cases"."started_on" is not null and "relocation_cases"."completed_on" is null and "relocation_cases"."cancelled_on" is null
          and ("relocation_cases"."destination_zone_id" is not null or "relocation_cases"."destination_cluster_id" is not null)
        when 'COMPLETED' then "relocation_cases"."started_on" is not null and "relocation_cases"."completed_on" is not null and "relocation_cases"."cancelled_on" is null
          and ("relocation_cases"."destination_zone_id" is not null or "relocation_cases"."destination_cluster_id" is not null)
        else "relocation_cases"."cancelled_on" is not null and "relocation_cases"."completed_on" is null
      end)
);
--> statement-breakpoint
ALTER TABLE "clusters" ADD COLUMN "occupancy_percent" double precision;--> statement-breakpoint
ALTER TABLE "clusters" ADD COLUMN "solid_waste_collection" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "clusters" ADD COLUMN "environmental_dossier_complete" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "relocation_cases" ADD CONSTRAINT "relocation_cases_destination_cluster_id_clusters_id_fk" FOREIGN KEY ("destination_cluster_id") REFERENCES "public"."clusters"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certifications_facility_id_idx" ON "certifications" USING btree ("facility_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certifications_kind_issuer_number_key" ON "certifications" USING btree ("kind","issuer","number");--> statement-breakpoint
CREATE INDEX "relocation_cases_facility_id_idx" ON "relocation_cases" USING btree ("facility_id");--> statement-breakpoint
CREATE INDEX "relocation_cases_deadline_id_idx" ON "relocation_cases" USING btree ("deadline","id");--> statement-breakpoint
CREATE INDEX "relocation_cases_destination_cluster_id_idx" ON "relocation_cases" USING btree ("destination_cluster_id");--> statement-breakpoint
CREATE UNIQUE INDEX "relocation_cases_facility_id_live_key" ON "relocation_cases" USING btree ("facility_id") WHERE "relocation_cases"."status" <> 'CANCELLED';--> statement-breakpoint
CREATE UNIQUE INDEX "clusters_admin_unit_code_name_key" ON "clusters" USING btree ("admin_unit_code","name");--> statement-breakpoint
ALTER TABLE "clusters" ADD CONSTRAINT "clusters_occupancy_check" CHECK ("clusters"."occupancy_percent" is null or "clusters"."occupancy_percent" between 0 and 100);