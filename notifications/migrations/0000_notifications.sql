CREATE TABLE "deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"watch_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"subject_key" text NOT NULL,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp with time zone,
	"leased_by" text,
	"delivered_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delivery_attempts" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"delivery_id" uuid NOT NULL,
	"attempt" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"status_code" integer,
	"error" text,
	"duration_ms" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "received_events" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"id" uuid NOT NULL,
	"type" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"agency" text NOT NULL,
	"facility_id" uuid,
	"zone_id" uuid,
	"cluster_id" uuid,
	"admin_unit_code" text,
	"summary" text NOT NULL,
	"summary_vi" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "watches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_sub" text NOT NULL,
	"owner_role" text NOT NULL,
	"owner_admin_units" text[] DEFAULT '{}' NOT NULL,
	"owner_facility_ids" text[] DEFAULT '{}' NOT NULL,
	"name" text NOT NULL,
	"events" text[] NOT NULL,
	"admin_unit_codes" text[] DEFAULT '{}' NOT NULL,
	"facility_ids" text[] DEFAULT '{}' NOT NULL,
	"webhook_url" text,
	"webhook_secret" text,
	"active" boolean DEFAULT true NOT NULL,
	"paused_reason" text,
	"failing_since" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_watch_id_watches_id_fk" FOREIGN KEY ("watch_id") REFERENCES "public"."watches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_attempts" ADD CONSTRAINT "delivery_attempts_delivery_id_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "deliveries_seq_key" ON "deliveries" USING btree ("seq");--> statement-breakpoint
CREATE UNIQUE INDEX "deliveries_watch_id_event_id_key" ON "deliveries" USING btree ("watch_id","event_id");--> statement-breakpoint
CREATE INDEX "deliveries_due_idx" ON "deliveries" USING btree ("next_attempt_at") WHERE status = 'PENDING';--> statement-breakpoint
CREATE INDEX "deliveries_watch_id_subject_key_idx" ON "deliveries" USING btree ("watch_id","subject_key","seq");--> statement-breakpoint
CREATE INDEX "delivery_attempts_delivery_id_idx" ON "delivery_attempts" USING btree ("delivery_id");--> statement-breakpoint
CREATE UNIQUE INDEX "received_events_id_key" ON "received_events" USING btree ("id");--> statement-breakpoint
CREATE INDEX "received_events_type_idx" ON "received_events" USING btree ("type");--> statement-breakpoint
CREATE INDEX "watches_owner_sub_idx" ON "watches" USING btree ("owner_sub");