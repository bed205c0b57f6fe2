import { z } from "zod";

export const candidateSorts = ["score", "completed"] as const;

export const listCandidatesQuerySchema = z.strictObject({
  /**
   * A recruiter's explicit order: everyone by score, or by completion time (newest first).
   * Without it, only model or human scores rank; offline-scored candidates follow by completion.
   */
  sort: z.enum(candidateSorts).optional(),
});
export type ListCandidatesQuery = z.infer<typeof listCandidatesQuerySchema>;
