DROP INDEX "facilities_tax_code_key";--> statement-breakpoint
CREATE UNIQUE INDEX "facilities_tax_code_address_key" ON "facilities" USING btree ("tax_code","address");