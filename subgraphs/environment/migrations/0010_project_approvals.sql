ALTER TABLE "approvals" ALTER COLUMN "facility_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "approvals" ADD COLUMN "project_id" uuid;--> statement-breakpoint
ALTER TABLE "approvals" ADD COLUMN "admin_unit_code" text;--> statement-breakpoint
CREATE INDEX "approvals_project_id_idx" ON "approvals" USING btree ("project_id");--> statement-breakpoint
ALTER TABLE "approvals" ADD CONSTRAINT "approvals_subject_check" CHECK (("approvals"."facility_id" is null) <> ("approvals"."project_id" is null) and ("approvals"."project_id" is null) = ("approvals"."admin_unit_code" is null));