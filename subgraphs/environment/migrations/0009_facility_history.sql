CREATE TABLE "facility_history" (
	"facility_id" uuid NOT NULL,
	"effective_on" date NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" "facility_status" NOT NULL,
	"started_operation_on" date,
	CONSTRAINT "facility_history_facility_id_effective_on_pk" PRIMARY KEY("facility_id","effective_on")
);
--> statement-breakpoint
ALTER TABLE "facility_history" ADD CONSTRAINT "facility_history_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Each facility's state as it is, effective from its start of operation, else the day it was registered.
INSERT INTO "facility_history" ("facility_id", "effective_on", "status", "started_operation_on")
SELECT f."id", LEAST(f."started_operation_on", (f."created_at" AT TIME ZONE 'Asia/Ho_Chi_Minh')::date), f."status", f."started_operation_on"
FROM "facilities" f
ON CONFLICT DO NOTHING;
