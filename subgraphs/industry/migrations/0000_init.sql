CREATE TYPE "public"."cluster_status" AS ENUM('PLANNED', 'UNDER_CONSTRUCTION', 'OPERATING');--> statement-breakpoint
CREATE TYPE "public"."developer_kind" AS ENUM('DISTRICT_COMMITTEE', 'COMMUNE_COMMITTEE', 'ENTERPRISE');--> statement-breakpoint
CREATE TYPE "public"."plant_status" AS ENUM('NONE', 'UNDER_CONSTRUCTION', 'OPERATING');--> statement-breakpoint
CREATE TABLE "cluster_tenancies" (
	"facility_id" uuid PRIMARY KEY NOT NULL,
	"cluster_id" uuid NOT NULL,
	"since" date
);
--> statement-breakpoint
CREATE TABLE "clusters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"admin_unit_code" text NOT NULL,
	"area_ha" double precision,
	"status" "cluster_status" DEFAULT 'PLANNED' NOT NULL,
	"developer" text,
	"developer_kind" "developer_kind" NOT NULL,
	"plant_status" "plant_status" DEFAULT 'NONE' NOT NULL,
	"plant_capacity_m3_per_day" double precision,
	"plant_commissioned_on" date,
	"plant_compliant" boolean DEFAULT false NOT NULL,
	"plant_auto_monitoring" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clusters_area_check" CHECK ("clusters"."area_ha" is null or "clusters"."area_ha" > 0),
	CONSTRAINT "clusters_plant_capacity_check" CHECK ("clusters"."plant_capacity_m3_per_day" is null or "clusters"."plant_capacity_m3_per_day" > 0)
);
--> statement-breakpoint
ALTER TABLE "cluster_tenancies" ADD CONSTRAINT "cluster_tenancies_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cluster_tenancies_cluster_id_idx" ON "cluster_tenancies" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "clusters_admin_unit_code_idx" ON "clusters" USING btree ("admin_unit_code");--> statement-breakpoint
CREATE INDEX "clusters_name_id_idx" ON "clusters" USING btree ("name","id");