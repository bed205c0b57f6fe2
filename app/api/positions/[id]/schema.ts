import { z } from "zod";
import { languageTagSchema } from "@/lib/i18n/schemas";
import { answerSecondsSchema, followUpsPerQuestionSchema, positionFieldsSchema } from "../schema";

// Fields without their create-time defaults: a PATCH that leaves one out must not reset it.
export const updatePositionSchema = positionFieldsSchema
  .extend({
    description: z.string().trim().max(10_000),
    language: languageTagSchema,
    followUpsPerQuestion: followUpsPerQuestionSchema,
    answerSeconds: answerSecondsSchema,
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, "Send at least one field to change.");

export type UpdatePositionInput = z.infer<typeof updatePositionSchema>;
