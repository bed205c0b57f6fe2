ALTER TABLE "users" DROP CONSTRAINT "users_company_id_companies_id_fk";
--> statement-breakpoint
DROP INDEX "users_company_id_idx";--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "company_id";