CREATE TYPE "public"."discharge_coefficient" AS ENUM('KQ', 'KF');--> statement-breakpoint
CREATE TYPE "public"."limit_kind" AS ENUM('MAX', 'RANGE');--> statement-breakpoint
CREATE TYPE "public"."qcvn_column" AS ENUM('A', 'B');--> statement-breakpoint
CREATE TYPE "public"."receiving_water_kind" AS ENUM('RIVER', 'LAKE', 'COASTAL_PROTECTED', 'COASTAL_OTHER', 'URBAN_SEWER');--> statement-breakpoint
CREATE TYPE "public"."station_kind" AS ENUM('WASTEWATER', 'STACK_GAS');--> statement-breakpoint
CREATE TABLE "coefficient_bands" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "coefficient_bands_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"regulation_code" text NOT NULL,
	"coefficient" "discharge_coefficient" NOT NULL,
	"receiving_water" "receiving_water_kind",
	"above" double precision,
	"up_to" double precision,
	"when_unknown" boolean DEFAULT false NOT NULL,
	"value" double precision NOT NULL,
	CONSTRAINT "coefficient_bands_value_check" CHECK ("coefficient_bands"."value" > 0)
);
--> statement-breakpoint
CREATE TABLE "monitoring_files" (
	"file_name" text PRIMARY KEY NOT NULL,
	"station_id" uuid NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"readings" integer NOT NULL,
	"accepted" integer NOT NULL,
	"duplicates" integer NOT NULL,
	"exceedances" integer NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"received_by" text
);
--> statement-breakpoint
CREATE TABLE "monitoring_parameters" (
	"id" smallint PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"unit" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_readings" (
	"measured_at" timestamp with time zone NOT NULL,
	"station_number" integer NOT NULL,
	"value" real NOT NULL,
	"parameter_id" smallint NOT NULL,
	"status" smallint NOT NULL,
	CONSTRAINT "monitoring_readings_pkey" PRIMARY KEY("station_number","parameter_id","measured_at"),
	CONSTRAINT "monitoring_readings_status_check" CHECK ("monitoring_readings"."status" between 0 and 2)
);
--> statement-breakpoint
CREATE TABLE "monitoring_station_parameters" (
	"station_id" uuid NOT NULL,
	"parameter_id" smallint NOT NULL,
	CONSTRAINT "monitoring_station_parameters_pkey" PRIMARY KEY("station_id","parameter_id")
);
--> statement-breakpoint
CREATE TABLE "monitoring_stations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer GENERATED ALWAYS AS IDENTITY (sequence name "monitoring_stations_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" "station_kind" NOT NULL,
	"facility_id" uuid,
	"zone_id" uuid,
	"cluster_id" uuid,
	"admin_unit_code" text,
	"qcvn_column" "qcvn_column",
	"receiving_water" "receiving_water_kind",
	"receiving_water_name" text,
	"receiving_flow_m3_per_s" double precision,
	"receiving_volume_m3" double precision,
	"discharge_m3_per_day" double precision,
	"kq" double precision,
	"kf" double precision,
	"coefficients_given" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitoring_stations_subject_check" CHECK (num_nonnulls("monitoring_stations"."facility_id", "monitoring_stations"."zone_id", "monitoring_stations"."cluster_id") = 1 and ("monitoring_stations"."facility_id" is null) = ("monitoring_stations"."admin_unit_code" is not null)),
	CONSTRAINT "monitoring_stations_wastewater_check" CHECK ("monitoring_stations"."kind" <> 'WASTEWATER' or ("monitoring_stations"."qcvn_column" is not null and "monitoring_stations"."kq" > 0 and "monitoring_stations"."kf" > 0))
);
--> statement-breakpoint
CREATE TABLE "regulation_limits" (
	"regulation_code" text NOT NULL,
	"parameter_id" smallint NOT NULL,
	"qcvn_column" "qcvn_column" NOT NULL,
	"kind" "limit_kind" NOT NULL,
	"min_value" double precision,
	"max_value" double precision NOT NULL,
	"scaled" boolean NOT NULL,
	"source" text,
	CONSTRAINT "regulation_limits_pkey" PRIMARY KEY("regulation_code","parameter_id","qcvn_column"),
	CONSTRAINT "regulation_limits_kind_check" CHECK (("regulation_limits"."kind" = 'RANGE') = ("regulation_limits"."min_value" is not null) and ("regulation_limits"."min_value" is null or "regulation_limits"."min_value" < "regulation_limits"."max_value"))
);
--> statement-breakpoint
CREATE TABLE "regulations" (
	"code" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"issued_by" text NOT NULL,
	"station_kind" "station_kind" NOT NULL,
	"effective_from" date NOT NULL
);
--> statement-breakpoint
ALTER TABLE "coefficient_bands" ADD CONSTRAINT "coefficient_bands_regulation_code_regulations_code_fk" FOREIGN KEY ("regulation_code") REFERENCES "public"."regulations"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_files" ADD CONSTRAINT "monitoring_files_station_id_monitoring_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."monitoring_stations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_station_parameters" ADD CONSTRAINT "monitoring_station_parameters_station_id_monitoring_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."monitoring_stations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_station_parameters" ADD CONSTRAINT "monitoring_station_parameters_parameter_id_monitoring_parameters_id_fk" FOREIGN KEY ("parameter_id") REFERENCES "public"."monitoring_parameters"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_stations" ADD CONSTRAINT "monitoring_stations_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_stations" ADD CONSTRAINT "monitoring_stations_admin_unit_code_admin_units_code_fk" FOREIGN KEY ("admin_unit_code") REFERENCES "public"."admin_units"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulation_limits" ADD CONSTRAINT "regulation_limits_regulation_code_regulations_code_fk" FOREIGN KEY ("regulation_code") REFERENCES "public"."regulations"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulation_limits" ADD CONSTRAINT "regulation_limits_parameter_id_monitoring_parameters_id_fk" FOREIGN KEY ("parameter_id") REFERENCES "public"."monitoring_parameters"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coefficient_bands_regulation_code_idx" ON "coefficient_bands" USING btree ("regulation_code");--> statement-breakpoint
CREATE INDEX "monitoring_files_station_id_sent_at_idx" ON "monitoring_files" USING btree ("station_id","sent_at");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_parameters_code_key" ON "monitoring_parameters" USING btree ("code");--> statement-breakpoint
CREATE INDEX "monitoring_readings_measured_at_brin" ON "monitoring_readings" USING brin ("measured_at") WITH (pages_per_range=32);--> statement-breakpoint
CREATE INDEX "monitoring_station_parameters_parameter_id_idx" ON "monitoring_station_parameters" USING btree ("parameter_id");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_stations_code_key" ON "monitoring_stations" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_stations_number_key" ON "monitoring_stations" USING btree ("number");--> statement-breakpoint
CREATE INDEX "monitoring_stations_facility_id_idx" ON "monitoring_stations" USING btree ("facility_id");--> statement-breakpoint
CREATE INDEX "monitoring_stations_zone_id_idx" ON "monitoring_stations" USING btree ("zone_id");--> statement-breakpoint
CREATE INDEX "monitoring_stations_cluster_id_idx" ON "monitoring_stations" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "monitoring_stations_admin_unit_code_idx" ON "monitoring_stations" USING btree ("admin_unit_code");--> statement-breakpoint
CREATE INDEX "regulation_limits_parameter_id_idx" ON "regulation_limits" USING btree ("parameter_id");--> statement-breakpoint
CREATE UNIQUE INDEX "regulations_station_kind_effective_from_key" ON "regulations" USING btree ("station_kind","effective_from");