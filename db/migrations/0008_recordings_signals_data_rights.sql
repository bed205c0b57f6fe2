CREATE TABLE "data_deletions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"requested_by_user_id" text,
	"reason" text NOT NULL,
	"removed" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "integrity_signals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"question_id" uuid,
	"client_id" text,
	"kind" text NOT NULL,
	"count" integer DEFAULT 1 NOT NULL,
	"total_ms" integer,
	"evidence" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recordings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"question_id" uuid,
	"source" text NOT NULL,
	"status" text DEFAULT 'recording' NOT NULL,
	"storage_key" text NOT NULL,
	"content_type" text NOT NULL,
	"byte_length" integer DEFAULT 0 NOT NULL,
	"duration_ms" integer,
	"clock_offset_ms" integer DEFAULT 0 NOT NULL,
	"egress_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "recordings_egress_id_unique" UNIQUE("egress_id"),
	CONSTRAINT "recordings_byte_length_ck" CHECK ("recordings"."byte_length" >= 0)
);
--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "recording_mode" text DEFAULT 'off' NOT NULL;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "recording_consented_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "integrity_signals" ADD CONSTRAINT "integrity_signals_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrity_signals" ADD CONSTRAINT "integrity_signals_question_id_interview_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."interview_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recordings" ADD CONSTRAINT "recordings_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recordings" ADD CONSTRAINT "recordings_question_id_interview_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."interview_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "integrity_signals_interview_idx" ON "integrity_signals" USING btree ("interview_id");--> statement-breakpoint
CREATE UNIQUE INDEX "integrity_signals_client_uq" ON "integrity_signals" USING btree ("interview_id","client_id");--> statement-breakpoint
CREATE INDEX "recordings_interview_idx" ON "recordings" USING btree ("interview_id");