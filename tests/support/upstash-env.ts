// Starts redis-server and the Upstash REST fake, and points the app's env at them. Call it from
// `vi.hoisted` so the env is in place before any app module reads it.
import { startRedisServer } from "./redis-server";
import { startUpstashRestServer } from "./upstash-rest-server";

export async function startUpstashForApp() {
  const redis = await startRedisServer();
  if (!redis) return null;
  const upstash = await startUpstashRestServer({
    redisUrl: redis.url,
    token: "test-upstash-token",
  });
  process.env.UPSTASH_REDIS_REST_URL = upstash.url;
  process.env.UPSTASH_REDIS_REST_TOKEN = upstash.token;
  return {
    redis,
    upstash,
    stop: async () => {
      await upstash.close();
      await redis.stop();
    },
  };
}
