CREATE TABLE "speech_clips" (
	"hash" text PRIMARY KEY NOT NULL,
	"voice" text NOT NULL,
	"content_type" text NOT NULL,
	"audio" "bytea" NOT NULL,
	"byte_length" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_served_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "interview_questions_interview_order_uq";--> statement-breakpoint
ALTER TABLE "interview_questions" ADD COLUMN "parent_question_id" uuid;--> statement-breakpoint
ALTER TABLE "interview_questions" ADD COLUMN "follow_up_number" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "interview_questions" ADD COLUMN "follow_up_reason" text;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "follow_ups_per_question" integer;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "answer_seconds" integer DEFAULT 180 NOT NULL;--> statement-breakpoint
ALTER TABLE "interview_questions" ADD CONSTRAINT "interview_questions_parent_question_id_interview_questions_id_fk" FOREIGN KEY ("parent_question_id") REFERENCES "public"."interview_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interview_questions_parent_idx" ON "interview_questions" USING btree ("parent_question_id");--> statement-breakpoint
CREATE UNIQUE INDEX "interview_questions_interview_order_uq" ON "interview_questions" USING btree ("interview_id","order","follow_up_number");--> statement-breakpoint
ALTER TABLE "interview_questions" ADD CONSTRAINT "interview_questions_follow_up_ck" CHECK (("interview_questions"."parent_question_id" is null) = ("interview_questions"."follow_up_number" = 0));--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_follow_ups_ck" CHECK ("positions"."follow_ups_per_question" is null or "positions"."follow_ups_per_question" between 0 and 3);--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_answer_seconds_ck" CHECK ("positions"."answer_seconds" between 60 and 300);