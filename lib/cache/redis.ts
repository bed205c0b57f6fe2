import "server-only";
import { Redis } from "@upstash/redis";
import { env } from "@/lib/env.mjs";

/**
 * The only Upstash client. A hard timeout and no retries: a slow cache must cost one bounded wait,
 * after which the read goes to the database.
 */
export function createRedis(options: { url: string; token: string; timeoutMs: number }): Redis {
  return new Redis({
    url: options.url,
    token: options.token,
    automaticDeserialization: false,
    enableTelemetry: false,
    retry: { retries: 0 },
    signal: () => AbortSignal.timeout(options.timeoutMs),
  });
}

export function getConfiguredRedis(): Redis | null {
  if (!env.UPSTASH_REDIS_REST_URL || !env.UPSTASH_REDIS_REST_TOKEN) return null;
  return createRedis({
    url: env.UPSTASH_REDIS_REST_URL,
    token: env.UPSTASH_REDIS_REST_TOKEN,
    timeoutMs: env.CACHE_TIMEOUT_MS,
  });
}
