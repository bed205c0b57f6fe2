import "server-only";
import { ApiError } from "@/lib/http/api-error";
import { getClientIp } from "@/lib/http/client-ip";
import { getRateLimiter } from "@/lib/rate-limit/get-rate-limiter";

const setupAttemptLimit = { name: "setup-code", limit: 5, windowSeconds: 60 };

/**
 * A few code attempts a minute per client. Without a trusted client address (no proxy configured)
 * every client shares one bucket: guessing stays bounded, at worst the owner waits a minute, or
 * uses `npm run user:create` instead.
 */
export async function limitSetupAttempts(req: Request): Promise<void> {
  const client = getClientIp(req) ?? "unknown-client";
  const result = await getRateLimiter(setupAttemptLimit).check(`setup:${client}`);
  if (result.isAllowed) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((result.resetAtMs - Date.now()) / 1000));
  throw new ApiError({
    code: "rate_limited",
    message: `Too many setup attempts: at most ${result.limit} a minute. Retry in ${retryAfterSeconds} s.`,
    headers: { "Retry-After": String(retryAfterSeconds) },
  });
}
