import "server-only";
import { env } from "@/lib/env.mjs";
import { isMediaConfigured } from "@/lib/media/media-status";
import { isSttConfigured } from "@/lib/stt/stt-status";

/** Which backend serves each part, from configuration alone (no I/O). */
export function getBackends() {
  const hasUpstash = Boolean(env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN);
  return {
    database: env.DATABASE_URL ? ("postgres" as const) : ("pglite" as const),
    pgliteDataDir: env.PGLITE_DATA_DIR,
    cache:
      env.CACHE_MODE === "off"
        ? ("off" as const)
        : hasUpstash
          ? ("upstash" as const)
          : ("memory" as const),
    rateLimit:
      env.RATE_LIMIT_PER_MINUTE === 0
        ? ("off" as const)
        : hasUpstash
          ? ("upstash" as const)
          : ("memory" as const),
    ai: env.OPENAI_API_KEY ? ("openai" as const) : ("offline" as const),
    jobs: env.INNGEST_EVENT_KEY || env.INNGEST_DEV ? ("inngest" as const) : ("in-process" as const),
    auth: "better-auth" as const,
    speechToText: isSttConfigured() ? ("deepgram" as const) : ("off" as const),
    media: isMediaConfigured() ? ("livekit" as const) : ("off" as const),
  };
}
