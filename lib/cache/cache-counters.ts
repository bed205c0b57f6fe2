import "server-only";
import { createBatchedCounters } from "@/lib/metrics/batched-counters";
import type { CacheStore } from "./cache-store";
import { type CacheKind, cacheKinds } from "./keys";

type Outcome = "hits" | "misses" | "errors";

export type CacheCounters = ReturnType<typeof createCacheCounters>;
export type KindStats = { hits: number; misses: number; errors: number; hitRate: number };

/**
 * Hit/miss/error counters per kind, and nothing else (service metrics live in lib/metrics). On
 * Upstash they are shared between instances through the store; the in-process store keeps them local.
 */
export function createCacheCounters(store: CacheStore | null) {
  const counters = createBatchedCounters(store?.backend === "upstash" ? store : null);

  async function readKinds(): Promise<Record<CacheKind, KindStats>> {
    const totals = await counters.read();
    const entries = cacheKinds.map((kind) => {
      const hits = totals[`${kind}:hits`] ?? 0;
      const misses = totals[`${kind}:misses`] ?? 0;
      const errors = totals[`${kind}:errors`] ?? 0;
      const lookups = hits + misses;
      return [kind, { hits, misses, errors, hitRate: lookups === 0 ? 0 : hits / lookups }] as const;
    });
    return Object.fromEntries(entries) as Record<CacheKind, KindStats>;
  }

  return {
    count: (kind: CacheKind, outcome: Outcome) => counters.add(`${kind}:${outcome}`),
    readKinds,
  };
}
