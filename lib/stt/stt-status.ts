import "server-only";
import { env } from "@/lib/env.mjs";

/** Whether live transcription is on; without it candidates type their answers. */
export function isSttConfigured(): boolean {
  return Boolean(env.DEEPGRAM_API_KEY);
}
