CREATE TYPE "public"."offender_kind" AS ENUM('INDIVIDUAL', 'ORGANIZATION');--> statement-breakpoint
ALTER TABLE "violations" ADD COLUMN "offender_kind" "offender_kind";--> statement-breakpoint
ALTER TABLE "violations" ADD COLUMN "repeat_offence" boolean DEFAULT false NOT NULL;