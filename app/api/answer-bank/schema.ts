import { z } from "zod";

export const listAnswerBankQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type ListAnswerBankQuery = z.infer<typeof listAnswerBankQuerySchema>;

export const searchAnswerBankQuerySchema = z.strictObject({
  q: z.string().trim().min(2).max(500),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type SearchAnswerBankQuery = z.infer<typeof searchAnswerBankQuerySchema>;
