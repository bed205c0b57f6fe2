// The AI notice at the API: what a workspace posts, what the candidate sees, what they choose.
// Pure zod, so the browser may import it.
import { z } from "zod";
import { accommodationRequestInputSchema } from "../accommodations/schemas";

export const noticeLanguageSchema = z
  .enum(["en", "ko"])
  .meta({ description: "The notice's language: the base of the position's language tag." });

export const maxNoticeBodyChars = 8000;

/** POST /api/ai-notices: a workspace's own text for one language. */
export const postAiNoticeSchema = z.strictObject({
  language: noticeLanguageSchema,
  body: z.string().trim().min(1).max(maxNoticeBodyChars).meta({
    description:
      "Paragraphs separated by a blank line; {{company}}, {{competencies}} and {{retentionDays}} are filled for each interview.",
  }),
});
export type PostAiNoticeInput = z.infer<typeof postAiNoticeSchema>;

const isoDateTime = z.iso.datetime({ offset: true });
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, "A sha256 hex digest.");

export const aiNoticeVersionViewSchema = z
  .object({
    id: z.uuid(),
    language: noticeLanguageSchema,
    body: z.string(),
    hash: sha256Hex.meta({ description: "sha256 hex of the body (placeholders unfilled)." }),
    isBuiltIn: z.boolean().meta({ description: "The product's default text (no author)." }),
    createdByUserId: z.string().nullable(),
    createdByName: z.string().nullable(),
    createdAt: isoDateTime,
  })
  .meta({ id: "AiNoticeVersion" });
export type AiNoticeVersionView = z.infer<typeof aiNoticeVersionViewSchema>;

export const aiNoticesViewSchema = z
  .object({
    current: z.array(
      z.object({
        language: noticeLanguageSchema,
        body: z.string(),
        hash: sha256Hex,
        versionId: z.uuid().nullable().meta({
          description: "Null while the built-in text has not been shown to any candidate yet.",
        }),
        isBuiltIn: z.boolean(),
      }),
    ),
    versions: z.array(aiNoticeVersionViewSchema).meta({ description: "Newest first." }),
  })
  .meta({ id: "AiNotices" });
export type AiNoticesView = z.infer<typeof aiNoticesViewSchema>;

export const interviewNoticeViewSchema = z
  .object({
    versionId: z
      .uuid()
      .meta({ description: "The ai_notice_versions row whose body was rendered." }),
    hash: sha256Hex.meta({
      description: "sha256 hex of the rendered text; POST preferences must name it.",
    }),
    language: noticeLanguageSchema,
    title: z.string(),
    paragraphs: z.array(z.string()),
    text: z
      .string()
      .meta({ description: "The paragraphs joined by a blank line (what is hashed)." }),
    competencies: z
      .array(z.string())
      .meta({ description: "The position's competencies, labelled in the notice's language." }),
    seenAt: isoDateTime
      .nullable()
      .meta({ description: "When this interview recorded the notice as seen; null before." }),
  })
  .meta({ id: "InterviewNotice" });
export type InterviewNoticeView = z.infer<typeof interviewNoticeViewSchema>;

/** POST /api/interviews/{id}/preferences: the candidate's choices on the notice screen. */
export const postPreferencesSchema = z.strictObject({
  noticeHash: sha256Hex.meta({ description: "The `hash` of GET /api/interviews/{id}/notice." }),
  aiScoring: z.boolean().meta({ description: "False: ask that no AI score the answers." }),
  accommodation: accommodationRequestInputSchema.optional(),
});
export type PostPreferencesInput = z.infer<typeof postPreferencesSchema>;
