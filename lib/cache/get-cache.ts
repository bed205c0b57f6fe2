import "server-only";
import { env } from "@/lib/env.mjs";
import { type Cache, createCache } from "./cache";
import type { CacheStore } from "./cache-store";
import { createMemoryStore } from "./memory-store";
import { getConfiguredRedis } from "./redis";
import { createUpstashStore } from "./upstash-store";

const globalForCache = globalThis as typeof globalThis & { __interviewCache?: Cache };

/** Upstash when configured, the in-process store otherwise, nothing with CACHE_MODE=off. */
export function getCache(): Cache {
  globalForCache.__interviewCache ??= createCache({ store: createConfiguredStore() });
  return globalForCache.__interviewCache;
}

function createConfiguredStore(): CacheStore | null {
  if (env.CACHE_MODE === "off") return null;
  const redis = getConfiguredRedis();
  if (redis) return createUpstashStore(redis);
  return createMemoryStore({ maxEntries: env.CACHE_MEMORY_MAX_ENTRIES });
}
