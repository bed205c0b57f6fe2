import { z } from "zod";

const trailValuesSchema = z
  .record(z.string(), z.union([z.number(), z.boolean(), z.string(), z.array(z.string())]))
  .nullable();

/** One step of a decision record's trail: a person's review action or a background run. */
export const decisionTrailEntrySchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("review"),
    action: z.string(),
    at: z.iso.datetime(),
    actorUserId: z.string().nullable(),
    before: trailValuesSchema,
    after: trailValuesSchema,
  }),
  z.object({
    kind: z.literal("job_run"),
    functionId: z.string(),
    status: z.string(),
    attempts: z.int(),
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
  }),
]);

export type DecisionTrailEntry = z.infer<typeof decisionTrailEntrySchema>;
