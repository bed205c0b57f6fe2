import "server-only";
import { getRateLimiter } from "@/lib/rate-limit/get-rate-limiter";
import { getCache } from "./get-cache";

/** Hits, misses, errors and hit rate per kind, plus rate-limit rejections: the API and the page. */
export async function readCacheStats() {
  const cache = getCache();
  const [kinds, totals] = await Promise.all([cache.counters.readKinds(), cache.counters.read()]);
  return {
    backend: cache.backend,
    kinds,
    rateLimit: { backend: getRateLimiter().backend, rejected: totals["ratelimit:rejected"] ?? 0 },
  };
}

export type CacheStats = Awaited<ReturnType<typeof readCacheStats>>;
