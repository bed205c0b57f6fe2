import { z } from "zod";

export const updateQuestionSchema = z
  .strictObject({
    content: z.string().trim().min(5).max(2000),
    category: z.string().trim().min(1).max(60),
    competency: z.string().trim().toLowerCase().min(1).max(60),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, "Send at least one field to change.");
export type UpdateQuestionInput = z.infer<typeof updateQuestionSchema>;

export const reorderQuestionsSchema = z.strictObject({
  questionIds: z.array(z.uuid()).min(1).max(50),
});
export type ReorderQuestionsInput = z.infer<typeof reorderQuestionsSchema>;
