import "server-only";
import type { OfflineLanguage } from "./offline-language-rules";

// A Hangul syllable carries about as much as two Latin letters; weighted so, a Korean answer full
// of tool names (Redis, p95, DB) still reads as Korean.
const syllableWeight = 2;
const minimumLetters = 20;

/**
 * The language an answer is written in, when it is clearly one of those the scorer knows; null
 * when it is too short or too mixed to tell (then the position's language is assumed).
 */
export function detectAnswerLanguage(text: string): OfflineLanguage | null {
  const hangul = (text.match(/\p{Script=Hangul}/gu) ?? []).length * syllableWeight;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  const letters = hangul + latin;
  if (letters < minimumLetters) return null;
  const share = hangul / letters;
  if (share >= 0.5) return "ko";
  if (share <= 0.05) return "en";
  return null;
}
