import "server-only";
import { getPrincipal } from "@/lib/auth/get-principal";
import type { Principal } from "@/lib/auth/principal";
import { ApiError } from "@/lib/http/api-error";
import { getClientIp } from "@/lib/http/client-ip";
import { countRateLimitRejection } from "@/lib/metrics/api-metrics";
import { getRateLimiter, ipRateLimit, principalRateLimit } from "./get-rate-limiter";
import type { RateLimiter } from "./rate-limiter";

/**
 * Two limits, cheapest first. The client IP's bucket is checked before any credential is looked
 * at, so junk tokens past it cost no database work. Then the limit is keyed on who the request
 * was verified to be, so spelling the same token differently, or rotating tokens that resolve to
 * nobody, never opens a fresh bucket. Throws 429 with Retry-After past either limit; returns the
 * principal bucket's X-RateLimit-* headers otherwise.
 */
export async function enforceRateLimit(req: Request): Promise<Record<string, string>> {
  // No proxy configured: no address can be trusted, and one bucket for every client would let one
  // of them lock out all the others. Only the principal's limit applies then.
  const ip = getClientIp(req);
  if (ip) await consume(getRateLimiter(ipRateLimit()), `ip:${ip}`);
  const principalLimiter = getRateLimiter(principalRateLimit());
  if (principalLimiter.backend === "off") return {};
  // The handler reads the same resolved principal (getPrincipal resolves once per request); a bad
  // credential is refused there, here it only counts against the caller's address.
  const principal = await getPrincipal(req).catch(() => null);
  if (principal) return consume(principalLimiter, principalKey(principal));
  return ip ? consume(principalLimiter, `anonymous:${ip}`) : {};
}

function principalKey(principal: Principal): string {
  return principal.kind === "user"
    ? `user:${principal.userId}`
    : `interview:${principal.interviewId}`;
}

async function consume(limiter: RateLimiter, identifier: string): Promise<Record<string, string>> {
  if (limiter.backend === "off") return {};
  const result = await limiter.check(identifier);
  const headers = {
    "X-RateLimit-Limit": String(result.limit),
    "X-RateLimit-Remaining": String(result.remaining),
    "X-RateLimit-Reset": String(Math.ceil(result.resetAtMs / 1000)),
  };
  if (result.isAllowed) return headers;
  countRateLimitRejection();
  const retryAfterSeconds = Math.max(1, Math.ceil((result.resetAtMs - Date.now()) / 1000));
  throw new ApiError({
    code: "rate_limited",
    message: `Too many requests: at most ${result.limit} a minute. Retry in ${retryAfterSeconds} s.`,
    headers: { ...headers, "Retry-After": String(retryAfterSeconds) },
  });
}
