import "server-only";
import { Ratelimit } from "@upstash/ratelimit";
import { getConfiguredRedis } from "@/lib/cache/redis";
import { env } from "@/lib/env.mjs";
import { createMemoryRateLimiter } from "./memory-rate-limiter";
import type { RateLimiter } from "./rate-limiter";

const windowMs = 60_000;
const failureLogIntervalMs = 30_000;
let lastFailureLogMs = 0;

// Like its timeout, an unreachable Redis lets requests through: losing the limit beats losing the API.
function reportLimiterFailure(error: unknown) {
  if (Date.now() - lastFailureLogMs < failureLogIntervalMs) return;
  lastFailureLogMs = Date.now();
  console.warn(
    "rate limit: Redis unreachable, letting requests through:",
    error instanceof Error ? error.message : error,
  );
}
const globalForLimiter = globalThis as typeof globalThis & { __interviewRateLimiter?: RateLimiter };

/** Upstash's sliding window when Upstash is configured, the in-process one otherwise. */
export function getRateLimiter(): RateLimiter {
  globalForLimiter.__interviewRateLimiter ??= createConfiguredLimiter();
  return globalForLimiter.__interviewRateLimiter;
}

function createConfiguredLimiter(): RateLimiter {
  const limit = env.RATE_LIMIT_PER_MINUTE;
  if (limit === 0) {
    return {
      backend: "off",
      check: async () => ({ isAllowed: true, limit: 0, remaining: 0, resetAtMs: Date.now() }),
    };
  }
  const redis = getConfiguredRedis();
  if (!redis) return createMemoryRateLimiter({ limit, windowMs });
  // Fails open after the timeout: an unreachable Redis must not take the API down with it.
  const ratelimit = new Ratelimit({
    redis,
    limiter: Ratelimit.slidingWindow(limit, "60 s"),
    prefix: "iv:ratelimit",
    timeout: env.CACHE_TIMEOUT_MS,
    analytics: false,
  });
  return {
    backend: "upstash",
    async check(identifier) {
      const result = await ratelimit.limit(identifier).catch((error: unknown) => {
        reportLimiterFailure(error);
        return null;
      });
      if (!result)
        return { isAllowed: true, limit, remaining: limit, resetAtMs: Date.now() + windowMs };
      return {
        isAllowed: result.success,
        limit: result.limit,
        remaining: result.remaining,
        resetAtMs: result.reset,
      };
    },
  };
}
