import { getBaseLanguage, isSupportedLanguage, type SupportedLanguage } from "@/lib/i18n/languages";

// English has regional models worth keeping; Korean has one, which Deepgram names plain "ko".
const regionalEnglish = new Set(["en-US", "en-GB", "en-AU", "en-IN", "en-NZ"]);
const defaultCodeByLanguage: Record<SupportedLanguage, string> = { en: "en-US", ko: "ko" };

/** The Deepgram `language` parameter for a position's BCP-47 tag ("en" → "en-US", "ko-KR" → "ko"). */
export function toDeepgramLanguage(tag: string): string {
  if (regionalEnglish.has(tag)) return tag;
  const base = getBaseLanguage(tag);
  // Positions only hold supported languages; English is the fallback for anything older.
  return isSupportedLanguage(base) ? defaultCodeByLanguage[base] : defaultCodeByLanguage.en;
}
