import { z } from "zod";

// The batch invite's wire shapes, shared by the API and the "Invite many" page (no server code).

export const maxBatchCandidates = 1000;

/**
 * One row as sent: plain strings, each checked on its own so a bad row becomes a listed problem
 * instead of failing the whole batch.
 */
export const batchCandidateSchema = z.strictObject({
  name: z.string().optional(),
  email: z.string().optional(),
  resumeText: z.string().nullish(),
  externalCandidateId: z.string().nullish(),
  externalApplicationId: z.string().nullish(),
  candidateTimeZone: z.string().nullish(),
});
export type BatchCandidate = z.infer<typeof batchCandidateSchema>;

export const batchFields = [
  "name",
  "email",
  "resumeText",
  "externalCandidateId",
  "externalApplicationId",
  "candidateTimeZone",
] as const;
export type BatchField = (typeof batchFields)[number];

export const batchProblemCodes = [
  "missing_column",
  "required",
  "invalid_email",
  "too_long",
  "invalid_time_zone",
  "duplicate_in_batch",
  "duplicate_for_position",
] as const;

export const batchProblemSchema = z
  .object({
    row: z.int().min(0).meta({
      description:
        "1-based index in `candidates` (for a CSV, the data line after the header); 0 is the CSV's header.",
    }),
    field: z.enum(batchFields),
    code: z.enum(batchProblemCodes),
    message: z.string(),
  })
  .meta({ id: "BatchInviteProblem" });
export type BatchProblem = z.infer<typeof batchProblemSchema>;

export const batchInviteResultSchema = z
  .object({
    dryRun: z.boolean(),
    readyCount: z.int().meta({
      description: "Rows without a problem: created, or on a dry run, what creating would create.",
    }),
    created: z.array(
      z.object({
        row: z.int().min(1),
        interviewId: z.uuid(),
        inviteUrl: z
          .url()
          .meta({ description: "The candidate's link; shown only in this answer." }),
      }),
    ),
    problems: z.array(batchProblemSchema),
  })
  .meta({ id: "BatchInviteResult" });
export type BatchInviteResult = z.infer<typeof batchInviteResultSchema>;

export const csvPreviewSchema = z
  .object({
    candidates: z.array(batchCandidateSchema),
    readyCount: z.int(),
    problems: z.array(batchProblemSchema),
  })
  .meta({ id: "BatchInviteCsvPreview" });
export type CsvPreview = z.infer<typeof csvPreviewSchema>;
