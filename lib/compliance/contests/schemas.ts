// What a candidate sends to contest a result, what a recruiter answers, and how both read back.
// Pure zod, so the browser may import it.
import { z } from "zod";
import type { ContestKind, ContestStatus } from "@/db/schema/compliance";

// The database's lists restated for the browser (db/schema pulls in the database layer);
// `satisfies` keeps every value one the column accepts.
export const contestKindSchema = z.enum([
  "wrong_transcript",
  "missing_context",
  "human_review",
]) satisfies z.ZodType<ContestKind>;
export const contestStatusSchema = z.enum(["open", "answered"]) satisfies z.ZodType<ContestStatus>;

export const contestMessageMaxChars = 2000;
export const contestAnswerMaxChars = 4000;
/** A contest body is a few fields of text: anything larger is refused before it is parsed. */
export const contestBodyMaxBytes = 8 * 1024;

export const createContestSchema = z.strictObject({
  kind: contestKindSchema,
  questionId: z.uuid().optional(),
  message: z.string().trim().min(1).max(contestMessageMaxChars),
});
export type CreateContestInput = z.infer<typeof createContestSchema>;

export const answerContestSchema = z.strictObject({
  answer: z.string().trim().min(1).max(contestAnswerMaxChars),
});
export type AnswerContestInput = z.infer<typeof answerContestSchema>;

/** A contest as its candidate sees it: no reviewer is named. */
export const candidateContestSchema = z
  .object({
    id: z.uuid(),
    kind: contestKindSchema,
    questionId: z.uuid().nullable(),
    message: z.string(),
    status: contestStatusSchema,
    dueAt: z.iso.datetime(),
    createdAt: z.iso.datetime(),
    answer: z.string().nullable(),
    answeredAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "CandidateContest" });
export type CandidateContest = z.infer<typeof candidateContestSchema>;

/** One item of the review queue. */
export const reviewQueueItemSchema = candidateContestSchema
  .extend({
    interviewId: z.uuid(),
    positionId: z.uuid(),
    positionTitle: z.string(),
    candidateName: z.string(),
    /** The number of the answer it is about, as the report numbers questions. */
    questionOrder: z.int().nullable(),
    isOverdue: z.boolean(),
  })
  .meta({ id: "ReviewQueueItem" });
export type ReviewQueueItem = z.infer<typeof reviewQueueItemSchema>;

export const reviewQueueSchema = z.object({ contests: z.array(reviewQueueItemSchema) });

export const reviewQueueQuerySchema = z.strictObject({
  status: contestStatusSchema.optional(),
  interviewId: z.uuid().optional(),
});
