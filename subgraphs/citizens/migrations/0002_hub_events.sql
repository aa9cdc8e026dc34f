CREATE TABLE "hub_events" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"facility_id" uuid,
	"zone_id" uuid,
	"cluster_id" uuid,
	"admin_unit_code" text,
	"summary" text NOT NULL,
	"summary_vi" text NOT NULL,
	"dedupe_key" text,
	"relayed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "hub_events_id_key" ON "hub_events" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "hub_events_type_dedupe_key_key" ON "hub_events" USING btree ("type","dedupe_key");--> statement-breakpoint
CREATE INDEX "hub_events_waiting_idx" ON "hub_events" USING btree ("seq") WHERE relayed_at is null;