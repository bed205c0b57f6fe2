import { z } from "zod";
import { competencyKeySchema } from "@/lib/competencies/schemas";
import { externalIdSchema } from "@/lib/external-ids/schemas";
import { languageTagSchema } from "@/lib/i18n/schemas";
import { competencyRubricSchema } from "@/lib/rubrics/schemas";

export const followUpsPerQuestionSchema = z.int().min(0).max(3).nullable().meta({
  description:
    "Follow-up questions the interviewer may ask after each main answer (0 turns them off); null uses the server's FOLLOW_UPS_PER_QUESTION.",
});
export const answerSecondsSchema = z.int().min(60).max(300).meta({
  description: "Seconds the candidate has for each answer; at the limit the answer is finalised.",
});

export const positionFieldsSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(10_000).default(""),
  competencies: z
    .array(competencyKeySchema)
    .min(1)
    .max(12)
    .refine((list) => new Set(list).size === list.length, "competencies must be unique"),
  language: languageTagSchema.default("en"),
  /** Anchored rubrics for some or all competencies; the rest get their defaults. */
  rubrics: z
    .array(competencyRubricSchema)
    .max(12)
    .refine(
      (list) => new Set(list.map((rubric) => rubric.competency)).size === list.length,
      "one rubric per competency",
    )
    .optional(),
  followUpsPerQuestion: followUpsPerQuestionSchema.default(null),
  answerSeconds: answerSecondsSchema.default(180),
  externalJobId: externalIdSchema,
});

export const createPositionSchema = positionFieldsSchema;
export type CreatePositionInput = z.infer<typeof createPositionSchema>;

export const listPositionsQuerySchema = z.strictObject({
  externalJobId: externalIdSchema.meta({ description: "Only positions with this ATS job id." }),
});
