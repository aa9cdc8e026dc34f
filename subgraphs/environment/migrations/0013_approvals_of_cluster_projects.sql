ALTER TABLE "approvals" DROP CONSTRAINT "approvals_subject_check";--> statement-breakpoint
ALTER TABLE "approvals" ADD COLUMN "cluster_project_id" uuid;--> statement-breakpoint
CREATE INDEX "approvals_cluster_project_id_idx" ON "approvals" USING btree ("cluster_project_id");--> statement-breakpoint
ALTER TABLE "approvals" ADD CONSTRAINT "approvals_subject_check" CHECK (num_nonnulls("approvals"."facility_id", "approvals"."project_id", "approvals"."cluster_project_id") = 1 and ("approvals"."facility_id" is null) = ("approvals"."admin_unit_code" is not null));