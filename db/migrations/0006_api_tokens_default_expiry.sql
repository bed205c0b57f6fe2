-- Tokens made before API_TOKEN_TTL_DAYS existed never expired: give them the default 90 days from
-- this deploy, so integrations keep working while their owners rotate them.
UPDATE "api_tokens" SET "expires_at" = now() + interval '90 days' WHERE "expires_at" IS NULL AND "revoked_at" IS NULL;
