CREATE TYPE "public"."violation_category" AS ENUM('WASTEWATER_EXCEEDANCE', 'EMISSION_EXCEEDANCE', 'HAZARDOUS_WASTE', 'NO_ENVIRONMENTAL_APPROVAL', 'NO_PERMIT', 'MONITORING_NOT_OPERATED', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."violation_status" AS ENUM('DETECTED', 'SANCTIONED', 'REMEDIED', 'PROSECUTED', 'DISMISSED');--> statement-breakpoint
CREATE TABLE "violations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"facility_id" uuid NOT NULL,
	"admin_unit_code" text NOT NULL,
	"detected_on" date NOT NULL,
	"category" "violation_category" NOT NULL,
	"legal_basis" text NOT NULL,
	"description" text,
	"parameter" text,
	"exceedance_factor" double precision,
	"status" "violation_status" DEFAULT 'DETECTED' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "violations_exceedance_factor_check" CHECK ("violations"."exceedance_factor" is null or "violations"."exceedance_factor" > 0),
	CONSTRAINT "violations_published_check" CHECK (not "violations"."published" or "violations"."status" in ('SANCTIONED', 'REMEDIED', 'PROSECUTED'))
);
--> statement-breakpoint
CREATE INDEX "violations_facility_id_idx" ON "violations" USING btree ("facility_id");--> statement-breakpoint
CREATE INDEX "violations_admin_unit_code_idx" ON "violations" USING btree ("admin_unit_code");--> statement-breakpoint
CREATE INDEX "violations_detected_on_id_idx" ON "violations" USING btree ("detected_on","id");--> statement-breakpoint
CREATE INDEX "violations_status_idx" ON "violations" USING btree ("status");