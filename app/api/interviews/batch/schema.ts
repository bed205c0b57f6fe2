import { z } from "zod";
import { batchCandidateSchema, maxBatchCandidates } from "@/lib/batch-invites/schemas";
import { inviteTtlDaysSchema, questionCountSchema } from "../schema";

/** A batch's body may be this large: 1,000 rows with résumés of about 20 KB each. */
export const maxBatchBodyBytes = 20 * 1024 * 1024;

export const batchInviteSchema = z.strictObject({
  positionId: z.uuid(),
  candidates: z.array(batchCandidateSchema).min(1).max(maxBatchCandidates),
  sendInvitations: z.boolean().default(true).meta({
    description: "Mail each created row's candidate their invitation (default).",
  }),
  dryRun: z.boolean().default(false).meta({
    description:
      "Check every row and answer the problems; create nothing (no Idempotency-Key needed).",
  }),
  questionCount: questionCountSchema,
  inviteTtlDays: inviteTtlDaysSchema,
});
export type BatchInviteInput = z.infer<typeof batchInviteSchema>;

/** Documents the header; the route reads it with readIdempotencyKey (lib/http). */
export const idempotencyKeyHeaderSchema = z.object({
  "Idempotency-Key": z.string().min(1).max(255).optional().meta({
    description:
      "Required unless `dryRun`: a key of yours (e.g. a UUID) per batch, so a retried request does not create twice.",
  }),
});

export const csvPreviewQuerySchema = z.strictObject({ positionId: z.uuid() });
