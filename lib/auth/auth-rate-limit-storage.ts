import "server-only";
import type { BetterAuthOptions } from "better-auth";
import { getRateLimiter } from "@/lib/rate-limit/get-rate-limiter";

type RateLimitStorage = NonNullable<NonNullable<BetterAuthOptions["rateLimit"]>["customStorage"]>;

/**
 * better-auth's own per-path rules (sign-in: 3 per 10 s per client IP) counted in the app's limiter:
 * Upstash when it is configured, so every instance shares one count, in process otherwise. Its
 * built-in memory store would give an attacker a fresh allowance on each instance.
 */
export const authRateLimitStorage: RateLimitStorage = {
  async consume(key, rule) {
    const limiter = getRateLimiter({ name: "auth", limit: rule.max, windowSeconds: rule.window });
    const result = await limiter.check(key);
    if (result.isAllowed) return { allowed: true, retryAfter: null };
    return {
      allowed: false,
      retryAfter: Math.max(1, Math.ceil((result.resetAtMs - Date.now()) / 1000)),
    };
  },
};
