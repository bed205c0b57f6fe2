import "server-only";
import { getCache } from "./get-cache";

/** Hits, misses, errors and hit rate per kind: the stats API and the operator page. */
export async function readCacheStats() {
  const cache = getCache();
  return { backend: cache.backend, kinds: await cache.counters.readKinds() };
}

export type CacheStats = Awaited<ReturnType<typeof readCacheStats>>;
