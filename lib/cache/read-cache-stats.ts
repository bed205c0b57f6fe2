import "server-only";
import { getRateLimiter } from "@/lib/rate-limit/get-rate-limiter";
import { getCache } from "./get-cache";

/**
 * Hits, misses, errors and hit rate per kind, rate-limit rejections, and API responses by class:
 * the stats API and the operator page.
 */
export async function readCacheStats() {
  const cache = getCache();
  const [kinds, totals] = await Promise.all([cache.counters.readKinds(), cache.counters.read()]);
  return {
    backend: cache.backend,
    kinds,
    rateLimit: { backend: getRateLimiter().backend, rejected: totals["ratelimit:rejected"] ?? 0 },
    api: {
      responses: totals["http:responses"] ?? 0,
      clientErrors: totals["http:4xx"] ?? 0,
      serverErrors: totals["http:5xx"] ?? 0,
    },
  };
}

export type CacheStats = Awaited<ReturnType<typeof readCacheStats>>;
