import { z } from "zod";

export const nominateAnswerSchema = z.strictObject({
  /** Why this answer is an example to others: kept in the audit trail. */
  reason: z.string().trim().max(1000).default(""),
});
export type NominateAnswerInput = z.infer<typeof nominateAnswerSchema>;
