-- A station registered before this column measured since its first reading, or since it was registered (Vietnam's day, UTC+7), whichever came first.
ALTER TABLE "monitoring_stations" ADD COLUMN "operating_since" date;--> statement-breakpoint
UPDATE "monitoring_stations" s SET "operating_since" = least(
  ((s.created_at at time zone 'UTC') + interval '7 hours')::date,
  (select ((min(r.measured_at) at time zone 'UTC') + interval '7 hours')::date from "monitoring_readings" r where r.station_number = s.number)
);--> statement-breakpoint
ALTER TABLE "monitoring_stations" ALTER COLUMN "operating_since" SET NOT NULL;
