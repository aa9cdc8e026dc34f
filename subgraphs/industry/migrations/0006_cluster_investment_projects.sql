CREATE TYPE "public"."investment_project_status" AS ENUM('REGISTERED', 'UNDER_CONSTRUCTION', 'OPERATING', 'TERMINATED');--> statement-breakpoint
CREATE TABLE "cluster_investment_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
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
	"cluster_id" uuid NOT NULL,
	CONSTRAINT "cluster_investment_projects_capital_check" CHECK ("cluster_investment_projects"."capital_vnd" is null or "cluster_investment_projects"."capital_vnd" > 0),
	CONSTRAINT "cluster_investment_projects_operating_check" CHECK ("cluster_investment_projects"."operating_since" is null or "cluster_investment_projects"."operating_since" >= "cluster_investment_projects"."registered_on"),
	CONSTRAINT "cluster_investment_projects_facility_check" CHECK (("cluster_investment_projects"."status" = 'OPERATING' and "cluster_investment_projects"."facility_id" is not null) or ("cluster_investment_projects"."status" in ('REGISTERED', 'UNDER_CONSTRUCTION') and "cluster_investment_projects"."facility_id" is null and "cluster_investment_projects"."operating_since" is null) or "cluster_investment_projects"."status" = 'TERMINATED')
);
--> statement-breakpoint
ALTER TABLE "cluster_investment_projects" ADD CONSTRAINT "cluster_investment_projects_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cluster_investment_projects_cluster_id_idx" ON "cluster_investment_projects" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "cluster_investment_projects_facility_id_idx" ON "cluster_investment_projects" USING btree ("facility_id");--> statement-breakpoint
CREATE INDEX "cluster_investment_projects_registered_on_id_idx" ON "cluster_investment_projects" USING btree ("registered_on","id");--> statement-breakpoint
CREATE UNIQUE INDEX "cluster_investment_projects_investment_certificate_key" ON "cluster_investment_projects" USING btree ("investment_certificate");