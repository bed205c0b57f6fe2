import "server-only";
import type { CacheStore } from "./cache-store";
import { type CacheKind, cacheKinds } from "./keys";

type Outcome = "hits" | "misses" | "errors";
const flushIntervalMs = 2_000;

export type CacheCounters = ReturnType<typeof createCacheCounters>;
export type KindStats = { hits: number; misses: number; errors: number; hitRate: number };

/**
 * Hit/miss/error counters per kind. Counted in memory and flushed to the store in batches (one
 * pipelined HINCRBY per field every 2 s), so instances share totals without a write per read.
 */
export function createCacheCounters(store: CacheStore | null) {
  const local = new Map<string, number>();
  const unflushed = new Map<string, number>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  function add(field: string, delta = 1) {
    local.set(field, (local.get(field) ?? 0) + delta);
    if (store?.backend !== "upstash") return;
    unflushed.set(field, (unflushed.get(field) ?? 0) + delta);
    timer ??= setTimeout(() => void flush(), flushIntervalMs);
    timer.unref?.();
  }

  async function flush() {
    timer = null;
    if (store?.backend !== "upstash" || unflushed.size === 0) return;
    const deltas = Object.fromEntries(unflushed);
    unflushed.clear();
    try {
      await store.addCounters(deltas);
    } catch {
      // Kept for the next flush: the store is down, and the cache already reports that.
      for (const [field, delta] of Object.entries(deltas)) {
        unflushed.set(field, (unflushed.get(field) ?? 0) + delta);
      }
    }
  }

  /** Shared totals when the store is Upstash (plus what this instance has not flushed yet). */
  async function read(): Promise<Record<string, number>> {
    if (store?.backend !== "upstash") return Object.fromEntries(local);
    await flush();
    try {
      const shared = await store.readCounters();
      for (const [field, delta] of unflushed) shared[field] = (shared[field] ?? 0) + delta;
      return shared;
    } catch {
      return Object.fromEntries(local);
    }
  }

  async function readKinds(): Promise<Record<CacheKind, KindStats>> {
    const totals = await read();
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
    count: (kind: CacheKind, outcome: Outcome) => add(`${kind}:${outcome}`),
    add,
    read,
    readKinds,
  };
}
