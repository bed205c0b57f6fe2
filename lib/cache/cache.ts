import "server-only";
import type { z } from "zod";
import { describeError } from "@/lib/observability/redact-error";
import { type CacheCounters, createCacheCounters } from "./cache-counters";
import type { CacheStore } from "./cache-store";
import { type CacheKind, cacheTtlSeconds } from "./keys";

const breakerOpenMs = 1_000;
const errorLogIntervalMs = 30_000;

export type Cache = ReturnType<typeof createCache>;

/**
 * Cache-aside over a store. A failing store never fails a read: the read goes to the database,
 * the error is counted, logged at most once per interval, and the store is skipped for a moment.
 */
export function createCache(options: { store: CacheStore | null }) {
  const { store } = options;
  const counters: CacheCounters = createCacheCounters(store);
  const inFlight = new Map<string, Promise<unknown>>();
  // Invalidations that failed while the store was down are replayed before it is trusted again.
  const pendingInvalidations = new Set<string>();
  let unavailableUntilMs = 0;
  let lastErrorLogMs = 0;
  let errorsSinceLog = 0;

  function noteFailure(error: unknown, where: string) {
    unavailableUntilMs = Date.now() + breakerOpenMs;
    errorsSinceLog += 1;
    if (Date.now() - lastErrorLogMs >= errorLogIntervalMs) {
      console.warn(
        `cache: ${store?.backend} store failing (${errorsSinceLog} errors since last report; last in ${where}); serving from the database`,
        describeError(error),
      );
      lastErrorLogMs = Date.now();
      errorsSinceLog = 0;
    }
  }

  async function isStoreUsable(): Promise<boolean> {
    if (!store || Date.now() < unavailableUntilMs) return false;
    if (pendingInvalidations.size === 0) return true;
    const keys = [...pendingInvalidations];
    try {
      await store.invalidate(keys);
      for (const key of keys) pendingInvalidations.delete(key);
      return true;
    } catch (error) {
      noteFailure(error, "replaying invalidations");
      return false;
    }
  }

  async function readThrough<T>(options: {
    kind: CacheKind;
    key: string;
    schema: z.ZodType<T>;
    load: () => Promise<T>;
  }): Promise<T> {
    if (!(await isStoreUsable()) || !store) {
      counters.count(options.kind, store ? "errors" : "misses");
      return options.load();
    }
    let generation: string;
    try {
      const cached = await store.read(options.key);
      generation = cached.generation;
      if (cached.entry) {
        // The hot path of every cached read: an in-process entry needs no second check.
        if (store.isProcessLocal) {
          counters.count(options.kind, "hits");
          return cached.entry.value as T;
        }
        const parsed = options.schema.safeParse(cached.entry.value);
        if (parsed.success) {
          counters.count(options.kind, "hits");
          return parsed.data;
        }
      }
    } catch (error) {
      noteFailure(error, `read of ${options.kind}`);
      counters.count(options.kind, "errors");
      return options.load();
    }
    counters.count(options.kind, "misses");
    // Keyed by generation too: a read that starts after an invalidation must not join a load
    // that began before it.
    return loadOnce(`${options.key}#${generation}`, async () => {
      const value = await options.load();
      const ttlSeconds = cacheTtlSeconds[options.kind];
      await store
        .writeIfUnchanged({
          key: options.key,
          value,
          ttlSeconds,
          generation,
        })
        .catch((error: unknown) => noteFailure(error, `write of ${options.kind}`));
      return value;
    });
  }

  /** Concurrent misses of one key share one database load. */
  function loadOnce<T>(key: string, load: () => Promise<T>): Promise<T> {
    const existing = inFlight.get(key) as Promise<T> | undefined;
    if (existing) return existing;
    const promise = load().finally(() => inFlight.delete(key));
    inFlight.set(key, promise);
    return promise;
  }

  async function invalidate(keys: string[]): Promise<void> {
    if (!store || keys.length === 0) return;
    try {
      await store.invalidate(keys);
    } catch (error) {
      for (const key of keys) pendingInvalidations.add(key);
      noteFailure(error, "invalidation");
    }
  }

  async function invalidatePattern(pattern: string): Promise<void> {
    if (!store) return;
    try {
      await invalidate(await store.scan(pattern));
    } catch (error) {
      noteFailure(error, "pattern invalidation");
    }
  }

  return {
    backend: store?.backend ?? ("off" as const),
    readThrough,
    invalidate,
    invalidatePattern,
    counters,
  };
}
