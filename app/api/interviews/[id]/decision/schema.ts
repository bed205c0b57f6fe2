import { z } from "zod";
import { hiringDecisionValues } from "@/db/schema/reviews";

export const putDecisionSchema = z.strictObject({
  decision: z.enum(hiringDecisionValues),
  note: z.string().trim().max(2000).default(""),
});
export type PutDecisionInput = z.infer<typeof putDecisionSchema>;
