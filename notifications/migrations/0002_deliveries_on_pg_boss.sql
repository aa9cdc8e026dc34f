DROP INDEX "deliveries_due_idx";--> statement-breakpoint
ALTER TABLE "deliveries" DROP COLUMN "lease_until";--> statement-breakpoint
ALTER TABLE "deliveries" DROP COLUMN "leased_by";