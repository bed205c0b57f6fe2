import { z } from "zod";

/**
 * The candidate's email or the interview's id, typed by whoever asks: a stray or replayed request
 * without it erases nothing.
 */
export const eraseInterviewSchema = z.strictObject({
  confirm: z.string().trim().min(1, "Type the candidate's email or the interview id to confirm."),
});
export type EraseInterviewInput = z.infer<typeof eraseInterviewSchema>;
