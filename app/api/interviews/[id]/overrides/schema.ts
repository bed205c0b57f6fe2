import { z } from "zod";
import { overrideKinds } from "@/db/schema/reviews";

const target = {
  kind: z.enum(overrideKinds),
  /** An interview question id (kind `answer`) or a competency name the report scored. */
  target: z.string().trim().min(1).max(200),
  reason: z.string().trim().min(1, "a reason is required").max(1000),
};

export const putOverrideSchema = z.strictObject({
  ...target,
  score: z.number().int().min(0).max(100),
});
export type PutOverrideInput = z.infer<typeof putOverrideSchema>;

export const deleteOverrideSchema = z.strictObject(target);
export type DeleteOverrideInput = z.infer<typeof deleteOverrideSchema>;
