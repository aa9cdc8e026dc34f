CREATE TYPE "public"."plant_status" AS ENUM('NONE', 'UNDER_CONSTRUCTION', 'OPERATING');--> statement-breakpoint
CREATE TYPE "public"."zone_kind" AS ENUM('INDUSTRIAL_ZONE', 'EXPORT_PROCESSING_ZONE', 'HIGH_TECH_PARK');--> statement-breakpoint
CREATE TYPE "public"."zone_status" AS ENUM('PLANNED', 'UNDER_CONSTRUCTION', 'OPERATING');--> statement-breakpoint
CREATE TABLE "zone_tenancies" (
	"facility_id" uuid PRIMARY KEY NOT NULL,
	"zone_id" uuid NOT NULL,
	"investment_certificate" text,
	"connected_to_plant" boolean DEFAULT false NOT NULL,
	"since" date
);
--> statement-breakpoint
CREATE TABLE "zones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" "zone_kind" NOT NULL,
	"admin_unit_code" text NOT NULL,
	"area_ha" double precision,
	"status" "zone_status" DEFAULT 'PLANNED' NOT NULL,
	"developer" text,
	"plant_status" "plant_status" DEFAULT 'NONE' NOT NULL,
	"plant_capacity_m3_per_day" double precision,
	"plant_commissioned_on" date,
	"plant_compliant" boolean DEFAULT false NOT NULL,
	"plant_auto_monitoring" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "zones_area_check" CHECK ("zones"."area_ha" is null or "zones"."area_ha" > 0),
	CONSTRAINT "zones_plant_capacity_check" CHECK ("zones"."plant_capacity_m3_per_day" is null or "zones"."plant_capacity_m3_per_day" > 0)
);
--> statement-breakpoint
ALTER TABLE "zone_tenancies" ADD CONSTRAINT "zone_tenancies_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "zone_tenancies_zone_id_idx" ON "zone_tenancies" USING btree ("zone_id");--> statement-breakpoint
CREATE UNIQUE INDEX "zones_code_key" ON "zones" USING btree ("code");--> statement-breakpoint
CREATE INDEX "zones_admin_unit_code_idx" ON "zones" USING btree ("admin_unit_code");--> statement-breakpoint
CREATE INDEX "zones_name_id_idx" ON "zones" USING btree ("name","id");