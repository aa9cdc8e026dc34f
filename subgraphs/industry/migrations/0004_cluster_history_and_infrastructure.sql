CREATE TABLE "cluster_history" (
	"cluster_id" uuid NOT NULL,
	"effective_on" date NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" "cluster_status" NOT NULL,
	"plant_status" "plant_status" NOT NULL,
	"plant_commissioned_on" date,
	"plant_compliant" boolean NOT NULL,
	"plant_auto_monitoring" boolean NOT NULL,
	"solid_waste_collection" boolean NOT NULL,
	"environmental_dossier_complete" boolean NOT NULL,
	"roads" boolean NOT NULL,
	"drainage" boolean NOT NULL,
	"power" boolean NOT NULL,
	"water_supply" boolean NOT NULL,
	CONSTRAINT "cluster_history_cluster_id_effective_on_pk" PRIMARY KEY("cluster_id","effective_on")
);
--> statement-breakpoint
ALTER TABLE "clusters" ADD COLUMN "roads" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "clusters" ADD COLUMN "drainage" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "clusters" ADD COLUMN "power" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "clusters" ADD COLUMN "water_supply" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cluster_history" ADD CONSTRAINT "cluster_history_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Each cluster's state as it is, effective from the earliest day the records show it held: its
-- plant's commissioning or its first tenant's arrival, else the day the cluster was recorded.
INSERT INTO "cluster_history" ("cluster_id", "effective_on", "status", "plant_status", "plant_commissioned_on", "plant_compliant", "plant_auto_monitoring", "solid_waste_collection", "environmental_dossier_complete", "roads", "drainage", "power", "water_supply")
SELECT c."id",
       LEAST(c."plant_commissioned_on", (SELECT min(t."since") FROM "cluster_tenancies" t WHERE t."cluster_id" = c."id"), (c."created_at" AT TIME ZONE 'Asia/Ho_Chi_Minh')::date),
       c."status", c."plant_status", c."plant_commissioned_on", c."plant_compliant", c."plant_auto_monitoring", c."solid_waste_collection", c."environmental_dossier_complete", c."roads", c."drainage", c."power", c."water_supply"
FROM "clusters" c
ON CONFLICT DO NOTHING;
