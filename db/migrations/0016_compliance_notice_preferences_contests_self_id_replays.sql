CREATE TABLE "ai_notice_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"language" text NOT NULL,
	"body" text NOT NULL,
	"hash" text NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"question_id" uuid,
	"kind" text NOT NULL,
	"message" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"answer" text,
	"answered_by_user_id" text,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"position_id" uuid,
	"interview_id_hash" text NOT NULL,
	"decision" text,
	"decided_at" timestamp with time zone,
	"ai_scoring" text,
	"rubric_versions" text[] DEFAULT '{}' NOT NULL,
	"notice_hash" text,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"trail" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"erased_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retain_until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "human_scorecard_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interview_id" uuid NOT NULL,
	"competency" text NOT NULL,
	"criterion_key" text NOT NULL,
	"points" integer NOT NULL,
	"quote" text DEFAULT '' NOT NULL,
	"rubric_version" text NOT NULL,
	"user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "human_scorecard_entries_points_ck" CHECK ("human_scorecard_entries"."points" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "scoring_replays" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"requested_by_user_id" text,
	"status" text DEFAULT 'running' NOT NULL,
	"change" jsonb NOT NULL,
	"sample_size" integer NOT NULL,
	"from_rubric_versions" text[] DEFAULT '{}' NOT NULL,
	"to_rubric_versions" text[] DEFAULT '{}' NOT NULL,
	"result" jsonb,
	"error" text,
	"duration_ms" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"applied_at" timestamp with time zone,
	"applied_by_user_id" text
);
--> statement-breakpoint
CREATE TABLE "self_identifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"sex" text,
	"race_ethnicity" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "self_identifications_interview_id_unique" UNIQUE("interview_id")
);
--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "notice_lead_days" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "explanation_access" text DEFAULT 'after_decision' NOT NULL;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "contest_due_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "audit_retention_months" integer DEFAULT 12 NOT NULL;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "notice_version_id" uuid;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "notice_hash" text;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "notice_seen_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "ai_scoring" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "preferences_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "accommodation_request" jsonb;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "accommodation_grant" jsonb;--> statement-breakpoint
ALTER TABLE "ai_notice_versions" ADD CONSTRAINT "ai_notice_versions_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_notice_versions" ADD CONSTRAINT "ai_notice_versions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_question_id_interview_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."interview_questions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_answered_by_user_id_users_id_fk" FOREIGN KEY ("answered_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_records" ADD CONSTRAINT "decision_records_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "human_scorecard_entries" ADD CONSTRAINT "human_scorecard_entries_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "human_scorecard_entries" ADD CONSTRAINT "human_scorecard_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_replays" ADD CONSTRAINT "scoring_replays_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_replays" ADD CONSTRAINT "scoring_replays_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_replays" ADD CONSTRAINT "scoring_replays_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_replays" ADD CONSTRAINT "scoring_replays_applied_by_user_id_users_id_fk" FOREIGN KEY ("applied_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_identifications" ADD CONSTRAINT "self_identifications_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_identifications" ADD CONSTRAINT "self_identifications_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_identifications" ADD CONSTRAINT "self_identifications_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ai_notice_versions_company_language_created_idx" ON "ai_notice_versions" USING btree ("company_id","language","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_notice_versions_company_language_hash_uq" ON "ai_notice_versions" USING btree ("company_id","language","hash");--> statement-breakpoint
CREATE INDEX "contests_company_status_due_idx" ON "contests" USING btree ("company_id","status","due_at");--> statement-breakpoint
CREATE INDEX "contests_interview_idx" ON "contests" USING btree ("interview_id");--> statement-breakpoint
CREATE INDEX "decision_records_company_idx" ON "decision_records" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "decision_records_retain_until_idx" ON "decision_records" USING btree ("retain_until");--> statement-breakpoint
CREATE UNIQUE INDEX "human_scorecard_entries_criterion_uq" ON "human_scorecard_entries" USING btree ("interview_id","competency","criterion_key");--> statement-breakpoint
CREATE INDEX "scoring_replays_position_created_idx" ON "scoring_replays" USING btree ("position_id","created_at");--> statement-breakpoint
CREATE INDEX "self_identifications_company_position_idx" ON "self_identifications" USING btree ("company_id","position_id");--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_notice_version_id_ai_notice_versions_id_fk" FOREIGN KEY ("notice_version_id") REFERENCES "public"."ai_notice_versions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_notice_lead_days_ck" CHECK ("companies"."notice_lead_days" between 0 and 30);--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_contest_due_days_ck" CHECK ("companies"."contest_due_days" between 1 and 90);--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_audit_retention_months_ck" CHECK ("companies"."audit_retention_months" between 6 and 120);