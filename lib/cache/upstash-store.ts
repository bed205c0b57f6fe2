import "server-only";
import type { Redis } from "@upstash/redis";
import type { CacheStore } from "./cache-store";
import { cacheKeys } from "./keys";

// Generations outlive any load in flight by far; after a day an unused one may go.
const generationTtlSeconds = 24 * 60 * 60;
const scanBatch = 500;

// Compare-and-set in one round trip: write only if nobody invalidated the key since our read.
const writeIfGenerationScript = `
local current = redis.call('GET', KEYS[2])
if (current or '0') == ARGV[2] then
  redis.call('SET', KEYS[1], ARGV[1], 'EX', tonumber(ARGV[3]))
  return 1
end
return 0`;

export function createUpstashStore(redis: Redis): CacheStore {
  const statsKey = cacheKeys.stats();
  return {
    backend: "upstash",
    async read(key) {
      const [value, generation] = await redis.mget<(string | null)[]>(
        key,
        cacheKeys.generation(key),
      );
      return { value: value ?? null, generation: generation ?? "0" };
    },
    async writeIfUnchanged({ key, value, ttlSeconds, generation }) {
      await redis.eval(
        writeIfGenerationScript,
        [key, cacheKeys.generation(key)],
        [value, generation, String(ttlSeconds)],
      );
    },
    async invalidate(keys) {
      if (keys.length === 0) return;
      const transaction = redis.multi();
      for (const key of keys) {
        const generationKey = cacheKeys.generation(key);
        transaction.incr(generationKey);
        transaction.expire(generationKey, generationTtlSeconds);
        transaction.del(key);
      }
      await transaction.exec();
    },
    async scan(pattern) {
      const found: string[] = [];
      let cursor = "0";
      do {
        const [next, keys] = await redis.scan(cursor, { match: pattern, count: scanBatch });
        cursor = String(next);
        found.push(...keys.filter((key) => !key.endsWith(":gen")));
      } while (cursor !== "0");
      return found;
    },
    async addCounters(deltas) {
      const entries = Object.entries(deltas).filter(([, delta]) => delta !== 0);
      if (entries.length === 0) return;
      const pipeline = redis.pipeline();
      for (const [field, delta] of entries) pipeline.hincrby(statsKey, field, delta);
      await pipeline.exec();
    },
    async readCounters() {
      // Without automatic deserialisation HGETALL comes back RESP2-shaped: [field, value, …].
      const reply = (await redis.hgetall(statsKey)) as unknown;
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
