CREATE TABLE "zone_history" (
	"zone_id" uuid NOT NULL,
	"effective_on" date NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" "zone_status" NOT NULL,
	"plant_status" "plant_status" NOT NULL,
	"plant_commissioned_on" date,
	"plant_compliant" boolean NOT NULL,
	"plant_auto_monitoring" boolean NOT NULL,
	CONSTRAINT "zone_history_zone_id_effective_on_pk" PRIMARY KEY("zone_id","effective_on")
);
--> statement-breakpoint
ALTER TABLE "zone_history" ADD CONSTRAINT "zone_history_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Each zone's state as it is, effective from the earliest day the records show it held: its
-- plant's commissioning or its first tenant's arrival, else the day the zone was recorded.
INSERT INTO "zone_history" ("zone_id", "effective_on", "status", "plant_status", "plant_commissioned_on", "plant_compliant", "plant_auto_monitoring")
SELECT z."id",
       LEAST(z."plant_commissioned_on", (SELECT min(t."since") FROM "zone_tenancies" t WHERE t."zone_id" = z."id"), (z."created_at" AT TIME ZONE 'Asia/Ho_Chi_Minh')::date),
       z."status", z."plant_status", z."plant_commissioned_on", z."plant_compliant", z."plant_auto_monitoring"
FROM "zones" z
ON CONFLICT DO NOTHING;
