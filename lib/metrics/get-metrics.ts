import "server-only";
import { cacheKeys } from "@/lib/cache/keys";
import { getConfiguredRedis } from "@/lib/cache/redis";
import { type BatchedCounters, createBatchedCounters } from "./batched-counters";
import { createRedisCounterStore } from "./redis-counter-store";

const globalForMetrics = globalThis as typeof globalThis & { __interviewMetrics?: BatchedCounters };

/**
 * The service's counters for the operator: shared between instances through Upstash when it is
 * configured (whatever CACHE_MODE says), counted in this process otherwise.
 */
export function getMetrics(): BatchedCounters {
  if (!globalForMetrics.__interviewMetrics) {
    const redis = getConfiguredRedis();
    globalForMetrics.__interviewMetrics = createBatchedCounters(
      redis ? createRedisCounterStore(redis, cacheKeys.metrics()) : null,
    );
  }
  return globalForMetrics.__interviewMetrics;
}
