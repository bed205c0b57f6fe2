import "server-only";
import { env } from "@/lib/env.mjs";

/** Whether LiveKit rooms are configured (env validation guarantees all three or none). */
export function isMediaConfigured(): boolean {
  return Boolean(env.LIVEKIT_URL && env.LIVEKIT_API_KEY && env.LIVEKIT_API_SECRET);
}
