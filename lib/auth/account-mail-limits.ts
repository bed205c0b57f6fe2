import "server-only";
import { createHash } from "node:crypto";
import { APIError } from "better-auth/api";
import { getRateLimiter, type RateLimitSettings } from "@/lib/rate-limit/get-rate-limiter";

/**
 * Limits on what sends mail to someone, so the app cannot be used to flood an inbox: reset
 * requests per address, sign-ups per address, invitations per workspace. Counted in the shared
 * limiter (Upstash when configured), keyed by a digest so the store holds no address.
 */
export const mailLimits = {
  resetPerAddress: { name: "mail-reset", limit: 3, windowSeconds: 3600 },
  signUpPerAddress: { name: "mail-sign-up", limit: 3, windowSeconds: 3600 },
  invitationsPerWorkspace: { name: "mail-invite", limit: 30, windowSeconds: 3600 },
} satisfies Record<string, RateLimitSettings>;

export async function takeMailAllowance(settings: RateLimitSettings, key: string): Promise<void> {
  const digest = createHash("sha256").update(key.trim().toLowerCase()).digest("hex");
  const result = await getRateLimiter(settings).check(digest);
  if (result.isAllowed) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((result.resetAtMs - Date.now()) / 1000));
  throw new APIError(
    "TOO_MANY_REQUESTS",
    { message: "Too many messages asked for. Try again later." },
    { "Retry-After": String(retryAfterSeconds) },
  );
}
