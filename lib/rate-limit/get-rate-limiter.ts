import "server-only";
import { Ratelimit } from "@upstash/ratelimit";
import { getConfiguredRedis } from "@/lib/cache/redis";
import { env } from "@/lib/env.mjs";
import { describeError } from "@/lib/observability/redact-error";
import { createMemoryRateLimiter } from "./memory-rate-limiter";
import type { RateLimiter } from "./rate-limiter";

const failureLogIntervalMs = 30_000;
let lastFailureLogMs = 0;

// Like its timeout, an unreachable Redis lets requests through: losing the limit beats losing the API.
function reportLimiterFailure(error: unknown) {
  if (Date.now() - lastFailureLogMs < failureLogIntervalMs) return;
  lastFailureLogMs = Date.now();
  console.warn("rate limit: Redis unreachable, letting requests through:", describeError(error));
}
const globalForLimiter = globalThis as typeof globalThis & {
  __interviewRateLimiters?: Map<string, RateLimiter>;
};

/** One limit: its name keeps its buckets apart from other limits' in the shared store. */
export type RateLimitSettings = { name: string; limit: number; windowSeconds: number };

/** Per verified principal (user, or interview for an invite), after authentication. */
export const principalRateLimit = (): RateLimitSettings => ({
  name: "principal",
  limit: env.RATE_LIMIT_PER_MINUTE,
  windowSeconds: 60,
});

/** Per client IP, before authentication: no database work for requests past it. */
export const ipRateLimit = (): RateLimitSettings => ({
  name: "ip",
  limit: env.RATE_LIMIT_PER_IP_PER_MINUTE,
  windowSeconds: 60,
});

/** Upstash's sliding window when Upstash is configured, the in-process one otherwise. */
export function getRateLimiter(settings: RateLimitSettings = principalRateLimit()): RateLimiter {
  globalForLimiter.__interviewRateLimiters ??= new Map();
  const id = `${settings.name}:${settings.limit}/${settings.windowSeconds}s`;
  let limiter = globalForLimiter.__interviewRateLimiters.get(id);
  if (!limiter) {
    limiter = createConfiguredLimiter(settings);
    globalForLimiter.__interviewRateLimiters.set(id, limiter);
  }
  return limiter;
}

function createConfiguredLimiter({ name, limit, windowSeconds }: RateLimitSettings): RateLimiter {
  const windowMs = windowSeconds * 1000;
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
    limiter: Ratelimit.slidingWindow(limit, `${windowSeconds} s`),
    prefix: `iv:ratelimit:${name}`,
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
