import "server-only";
import { env } from "@/lib/env.mjs";
import { getBaseLanguage } from "@/lib/i18n/languages";

/**
 * The Aura-2 model that reads questions in this language aloud, or null when the browser's own
 * speech synthesis does: no Deepgram key, or no voice for the language (Aura-2 has no Korean).
 */
export function getSpeechVoice(languageTag: string): string | null {
  if (!env.DEEPGRAM_API_KEY) return null;
  const base = getBaseLanguage(languageTag);
  for (const pair of env.DEEPGRAM_TTS_VOICES.split(",")) {
    const [language, model] = pair.split("=");
    if (language === base && model) return model;
  }
  return null;
}
