import "server-only";
import { createHash } from "node:crypto";
import { APIError, type createAuthMiddleware } from "better-auth/api";
import { env } from "@/lib/env.mjs";
import { getRateLimiter, type RateLimitSettings } from "@/lib/rate-limit/get-rate-limiter";

/**
 * Sign-in attempts per account, from any number of addresses: 10 in 10 minutes by default
 * (SIGN_IN_ATTEMPTS_PER_ACCOUNT) leaves a person who mistypes room, and bounds guessing one password at 1,440 tries a day. The price: someone who
 * knows an address can keep its owner out by spending those attempts (the owner waits, or an
 * operator is asked).
 */
export const signInAttemptsPerAccount: RateLimitSettings = {
  name: "auth-account",
  limit: env.SIGN_IN_ATTEMPTS_PER_ACCOUNT,
  windowSeconds: 600,
};

type AuthContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

/**
 * Before `/sign-in/email` (auth-before-hook.ts), on the app's shared limiter (Upstash when
 * configured). It applies when better-auth's own limits do (production, by default). The key is a
 * digest of the address as typed, trimmed and lowercased, so the store holds no email.
 */
export async function limitSignInsPerAccount(ctx: AuthContext): Promise<void> {
  if (!ctx.context.rateLimit.enabled) return;
  const email: unknown = ctx.body?.email;
  if (typeof email !== "string" || email.trim() === "") return;
  const account = createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
  const result = await getRateLimiter(signInAttemptsPerAccount).check(account);
  if (result.isAllowed) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((result.resetAtMs - Date.now()) / 1000));
  throw new APIError(
    "TOO_MANY_REQUESTS",
    { message: "Too many sign-in attempts for this account. Try again later." },
    { "Retry-After": String(retryAfterSeconds) },
  );
}
