CREATE TYPE "public"."admin_level" AS ENUM('PROVINCE', 'DISTRICT', 'COMMUNE');--> statement-breakpoint
CREATE TYPE "public"."facility_setting" AS ENUM('ZONE', 'CLUSTER', 'STANDALONE');--> statement-breakpoint
CREATE TYPE "public"."facility_status" AS ENUM('OPERATING', 'SUSPENDED', 'CLOSED', 'RELOCATED', 'UNDER_CONSTRUCTION');--> statement-breakpoint
CREATE TABLE "admin_units" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"level" "admin_level" NOT NULL,
	"parent_code" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "admin_units_validity_check" CHECK ("admin_units"."valid_to" is null or "admin_units"."valid_to" >= "admin_units"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "facilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"tax_code" text NOT NULL,
	"address" text NOT NULL,
	"admin_unit_code" text NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"sector_code" text NOT NULL,
	"status" "facility_status" DEFAULT 'OPERATING' NOT NULL,
	"started_operation_on" date,
	"setting" "facility_setting" DEFAULT 'STANDALONE' NOT NULL,
	"discharge_m3_per_day" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "facilities_location_check" CHECK (("facilities"."latitude" is null) = ("facilities"."longitude" is null) and ("facilities"."latitude" is null or ("facilities"."latitude" between -90 and 90 and "facilities"."longitude" between -180 and 180))),
	CONSTRAINT "facilities_discharge_check" CHECK ("facilities"."discharge_m3_per_day" is null or "facilities"."discharge_m3_per_day" >= 0)
);
--> statement-breakpoint
CREATE TABLE "sectors" (
	"code" text PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"high_risk" text,
	CONSTRAINT "sectors_high_risk_check" CHECK ("sectors"."high_risk" in ('plan-75', 'common'))
);
--> statement-breakpoint
ALTER TABLE "admin_units" ADD CONSTRAINT "admin_units_parent_code_admin_units_code_fk" FOREIGN KEY ("parent_code") REFERENCES "public"."admin_units"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_admin_unit_code_admin_units_code_fk" FOREIGN KEY ("admin_unit_code") REFERENCES "public"."admin_units"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_sector_code_sectors_code_fk" FOREIGN KEY ("sector_code") REFERENCES "public"."sectors"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "admin_units_parent_code_idx" ON "admin_units" USING btree ("parent_code");--> statement-breakpoint
CREATE UNIQUE INDEX "facilities_tax_code_key" ON "facilities" USING btree ("tax_code");--> statement-breakpoint
CREATE INDEX "facilities_admin_unit_code_idx" ON "facilities" USING btree ("admin_unit_code");--> statement-breakpoint
CREATE INDEX "facilities_sector_code_idx" ON "facilities" USING btree ("sector_code");--> statement-breakpoint
CREATE INDEX "facilities_status_idx" ON "facilities" USING btree ("status");--> statement-breakpoint
CREATE INDEX "facilities_name_id_idx" ON "facilities" USING btree ("name","id");