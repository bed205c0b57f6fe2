import "server-only";
import { getCache } from "@/lib/cache/get-cache";
import { ApiError } from "@/lib/http/api-error";
import { getRateLimiter } from "./get-rate-limiter";
import { identifyClient } from "./identify-client";

/** Throws 429 with Retry-After past the limit; returns the X-RateLimit-* headers otherwise. */
export async function enforceRateLimit(req: Request): Promise<Record<string, string>> {
  const limiter = getRateLimiter();
  if (limiter.backend === "off") return {};
  const result = await limiter.check(identifyClient(req));
  const headers = {
    "X-RateLimit-Limit": String(result.limit),
    "X-RateLimit-Remaining": String(result.remaining),
    "X-RateLimit-Reset": String(Math.ceil(result.resetAtMs / 1000)),
  };
  if (result.isAllowed) return headers;
  getCache().counters.add("ratelimit:rejected");
  const retryAfterSeconds = Math.max(1, Math.ceil((result.resetAtMs - Date.now()) / 1000));
  throw new ApiError({
    code: "rate_limited",
    message: `Too many requests: at most ${result.limit} a minute. Retry in ${retryAfterSeconds} s.`,
    headers: { ...headers, "Retry-After": String(retryAfterSeconds) },
  });
}
