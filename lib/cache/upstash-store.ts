import "server-only";
import type { Redis } from "@upstash/redis";
import superjson from "superjson";
import { createRedisCounterStore } from "@/lib/metrics/redis-counter-store";
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
  return {
    backend: "upstash",
    isProcessLocal: false,
    async read(key) {
      const [value, generation] = await redis.mget<(string | null)[]>(
        key,
        cacheKeys.generation(key),
      );
      // superjson keeps what JSON would lose (dates); a value that does not parse is a store error.
      const entry =
        value === null || value === undefined ? null : { value: superjson.parse(value) };
      return { entry, generation: generation ?? "0" };
    },
    async writeIfUnchanged({ key, value, ttlSeconds, generation }) {
      await redis.eval(
        writeIfGenerationScript,
        [key, cacheKeys.generation(key)],
        [superjson.stringify(value), generation, String(ttlSeconds)],
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
    ...createRedisCounterStore(redis, cacheKeys.stats()),
  };
}
