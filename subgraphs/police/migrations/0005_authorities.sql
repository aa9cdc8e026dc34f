CREATE TYPE "public"."authority_kind" AS ENUM('POLICE', 'DONRE_INSPECTORATE', 'COMMUNE_CHAIRMAN');--> statement-breakpoint
ALTER TABLE "sanctions" ADD COLUMN "sanctioned_by" "authority_kind" DEFAULT 'POLICE' NOT NULL;--> statement-breakpoint
ALTER TABLE "sanctions" ADD COLUMN "sanctioned_by_unit_code" text;--> statement-breakpoint
ALTER TABLE "violations" ADD COLUMN "detected_by" "authority_kind" DEFAULT 'POLICE' NOT NULL;--> statement-breakpoint
ALTER TABLE "violations" ADD COLUMN "detected_by_unit_code" text;--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_sanctioned_by_unit_check" CHECK (("sanctions"."sanctioned_by" = 'COMMUNE_CHAIRMAN') = ("sanctions"."sanctioned_by_unit_code" is not null));--> statement-breakpoint
ALTER TABLE "violations" ADD CONSTRAINT "violations_detected_by_unit_check" CHECK (("violations"."detected_by" = 'COMMUNE_CHAIRMAN') = ("violations"."detected_by_unit_code" is not null));