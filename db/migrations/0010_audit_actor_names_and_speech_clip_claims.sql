CREATE TABLE "speech_clip_claims" (
	"hash" text PRIMARY KEY NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "review_audit" ADD COLUMN "actor_name" text;--> statement-breakpoint
-- Rows written before this column: the name their actor has now is the best record left.
UPDATE "review_audit" SET "actor_name" = "users"."name" FROM "users" WHERE "users"."id" = "review_audit"."actor_user_id";
