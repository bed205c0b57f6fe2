import { z } from "zod";

export const reviewBankAnswerSchema = z.strictObject({
  status: z.enum(["approved", "rejected"]),
  reason: z.string().trim().max(1000).default(""),
});
export type ReviewBankAnswerInput = z.infer<typeof reviewBankAnswerSchema>;
