CREATE TYPE "public"."investment_project_status" AS ENUM('REGISTERED', 'UNDER_CONSTRUCTION', 'OPERATING', 'TERMINATED');--> statement-breakpoint
CREATE TABLE "investment_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"investor" text NOT NULL,
	"name" text NOT NULL,
	"sector_code" text NOT NULL,
	"registered_on" date NOT NULL,
	"investment_certificate" text,
	"capital_vnd" bigint,
	"in_line_with_planning" boolean NOT NULL,
	"planning_note" text,
	"status" "investment_project_status" DEFAULT 'REGISTERED' NOT NULL,
	"facility_id" uuid,
	"operating_since" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "investment_projects_capital_check" CHECK ("investment_projects"."capital_vnd" is null or "investment_projects"."capital_vnd" > 0),
	CONSTRAINT "investment_projects_operating_check" CHECK ("investment_projects"."operating_since" is null or "investment_projects"."operating_since" >= "investment_projects"."registered_on"),
	CONSTRAINT "investment_projects_facility_check" CHECK (("investment_projects"."status" = 'OPERATING' and "investment_projects"."facility_id" is not null) or ("investment_projects"."status" in ('REGISTERED', 'UNDER_CONSTRUCTION') and "investment_projects"."facility_id" is null and "investment_projects"."operating_since" is null) or "investment_projects"."status" = 'TERMINATED')
);
--> statement-breakpoint
ALTER TABLE "zone_tenancies" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "zone_tenancies" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "zones" ADD COLUMN "occupancy_percent" double precision;--> statement-breakpoint
ALTER TABLE "zones" ADD COLUMN "plant_deadline" date;--> statement-breakpoint
ALTER TABLE "zones" ADD COLUMN "plant_deadline_decision" text;--> statement-breakpoint
ALTER TABLE "zones" ADD COLUMN "plant_deadline_set_on" date;--> statement-breakpoint
ALTER TABLE "investment_projects" ADD CONSTRAINT "investment_projects_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "investment_projects_zone_id_idx" ON "investment_projects" USING btree ("zone_id");--> statement-breakpoint
CREATE INDEX "investment_projects_facility_id_idx" ON "investment_projects" USING btree ("facility_id");--> statement-breakpoint
CREATE INDEX "investment_projects_registered_on_id_idx" ON "investment_projects" USING btree ("registered_on","id");--> statement-breakpoint
CREATE UNIQUE INDEX "investment_projects_investment_certificate_key" ON "investment_projects" USING btree ("investment_certificate");--> statement-breakpoint
CREATE UNIQUE INDEX "zone_tenancies_investment_certificate_key" ON "zone_tenancies" USING btree ("investment_certificate");--> statement-breakpoint
ALTER TABLE "zones" ADD CONSTRAINT "zones_occupancy_check" CHECK ("zones"."occupancy_percent" is null or "zones"."occupancy_percent" between 0 and 100);--> statement-breakpoint
ALTER TABLE "zones" ADD CONSTRAINT "zones_plant_none_check" CHECK ("zones"."plant_status" <> 'NONE' or ("zones"."plant_capacity_m3_per_day" is null and "zones"."plant_commissioned_on" is null and not "zones"."plant_compliant" and not "zones"."plant_auto_monitoring"));--> statement-breakpoint
ALTER TABLE "zones" ADD CONSTRAINT "zones_plant_deadline_check" CHECK (("zones"."plant_deadline" is null) = ("zones"."plant_deadline_decision" is null) and ("zones"."plant_deadline_set_on" is null or "zones"."plant_deadline_set_on" <= "zones"."plant_deadline"));