// Languages the whole flow supports (question bank, prompts, speech, read-aloud). Safe for clients.
export const supportedLanguages = {
  en: { name: "English", speechLocale: "en-US" },
  ko: { name: "한국어", speechLocale: "ko-KR" },
} as const;

export type SupportedLanguage = keyof typeof supportedLanguages;

export function isSupportedLanguage(value: string): value is SupportedLanguage {
  return Object.hasOwn(supportedLanguages, value);
}

/** The primary subtag of a BCP-47 tag: "ko-KR" → "ko". */
export function getBaseLanguage(tag: string): string {
  return tag.split("-")[0]?.toLowerCase() ?? tag;
}
