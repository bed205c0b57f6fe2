CREATE TABLE "follow_up_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"main_question_id" uuid NOT NULL,
	"follow_up_number" integer NOT NULL,
	"status" text DEFAULT 'deciding' NOT NULL,
	"ask" boolean,
	"reason" text,
	"decided_by" text,
	"follow_up_question_id" uuid,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	CONSTRAINT "follow_up_decisions_number_ck" CHECK ("follow_up_decisions"."follow_up_number" >= 1)
);
--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "follow_up_model_calls" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "recording_bytes_received" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "recordings" ADD COLUMN "finalising_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "follow_up_decisions" ADD CONSTRAINT "follow_up_decisions_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_decisions" ADD CONSTRAINT "follow_up_decisions_main_question_id_interview_questions_id_fk" FOREIGN KEY ("main_question_id") REFERENCES "public"."interview_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_decisions" ADD CONSTRAINT "follow_up_decisions_follow_up_question_id_interview_questions_id_fk" FOREIGN KEY ("follow_up_question_id") REFERENCES "public"."interview_questions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "follow_up_decisions_thread_number_uq" ON "follow_up_decisions" USING btree ("main_question_id","follow_up_number");--> statement-breakpoint
CREATE INDEX "follow_up_decisions_interview_idx" ON "follow_up_decisions" USING btree ("interview_id");