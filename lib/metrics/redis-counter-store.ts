import "server-only";
import type { Redis } from "@upstash/redis";
import type { CounterStore } from "./batched-counters";

/** Counters as the fields of one Redis hash. */
export function createRedisCounterStore(redis: Redis, hashKey: string): CounterStore {
  return {
    async addCounters(deltas) {
      const entries = Object.entries(deltas).filter(([, delta]) => delta !== 0);
      if (entries.length === 0) return;
      const pipeline = redis.pipeline();
      for (const [field, delta] of entries) pipeline.hincrby(hashKey, field, delta);
      await pipeline.exec();
    },
    async readCounters() {
      // Without automatic deserialisation HGETALL comes back RESP2-shaped: [field, value, …].
      const reply = (await redis.hgetall(hashKey)) as unknown;
      const pairs: [string, unknown][] = Array.isArray(reply)
        ? Array.from({ length: reply.length / 2 }, (_, i) => [
            String(reply[2 * i]),
            reply[2 * i + 1],
          ])
        : Object.entries((reply ?? {}) as Record<string, unknown>);
      return Object.fromEntries(pairs.map(([field, value]) => [field, Number(value)]));
    },
  };
}
