import { z } from "zod";
import { getBaseLanguage, isSupportedLanguage, supportedLanguages } from "./languages";

/** A BCP-47 tag, canonicalised ("ko-kr" → "ko-KR"), whose language the platform supports. */
export const languageTagSchema = z
  .string()
  .trim()
  .min(2)
  .max(35)
  .transform((tag, ctx) => {
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical) return canonical;
    } catch {}
    ctx.addIssue({ code: "custom", message: `"${tag}" is not a BCP-47 language tag.` });
    return z.NEVER;
  })
  .refine((tag) => isSupportedLanguage(getBaseLanguage(tag)), {
    message: `Supported languages: ${Object.keys(supportedLanguages).join(", ")}.`,
  });
