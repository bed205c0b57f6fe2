ALTER TABLE "answer_bank" DROP CONSTRAINT "answer_bank_source_interview_id_interviews_id_fk";
--> statement-breakpoint
ALTER TABLE "answer_bank" ADD COLUMN "company_id" uuid;--> statement-breakpoint
-- Backfill: the company of the interview the answer came from, else the company owning the question.
UPDATE "answer_bank" SET "company_id" = "interviews"."company_id" FROM "interviews" WHERE "interviews"."id" = "answer_bank"."source_interview_id";--> statement-breakpoint
UPDATE "answer_bank" SET "company_id" = "question_bank"."company_id" FROM "question_bank" WHERE "answer_bank"."company_id" IS NULL AND "question_bank"."id" = "answer_bank"."question_id";--> statement-breakpoint
-- What is left answered a shared question in an interview already deleted: no company could read
-- it (every read joins its interview), and under the new cascade it would have gone with it.
DELETE FROM "answer_bank" WHERE "company_id" IS NULL;--> statement-breakpoint
ALTER TABLE "answer_bank" ALTER COLUMN "company_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "stt_tokens_granted" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "answer_bank" ADD CONSTRAINT "answer_bank_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_bank" ADD CONSTRAINT "answer_bank_source_interview_id_interviews_id_fk" FOREIGN KEY ("source_interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "answer_bank_company_question_idx" ON "answer_bank" USING btree ("company_id","question_id");--> statement-breakpoint
CREATE INDEX "interviews_in_progress_started_idx" ON "interviews" USING btree ("started_at") WHERE "interviews"."status" = 'in_progress';
