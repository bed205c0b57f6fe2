// What a candidate sees of their interview: one schema for the invite page, the candidate's
// `GET /api/interviews/{id}` and the OpenAPI document. Pure zod, so the browser may import it.
import { z } from "zod";

export const interviewStatusSchema = z
  .enum(["invited", "in_progress", "completed", "evaluating", "evaluated", "expired", "failed"])
  .meta({ id: "InterviewStatus" });
export type InterviewStatus = z.infer<typeof interviewStatusSchema>;

export const recordingModeSchema = z
  .enum(["off", "audio", "video"])
  .meta({ description: "Whether the company records answers (after the candidate agrees)." });

const isoDateTime = z.iso.datetime({ offset: true });

export const candidateViewSchema = z
  .object({
    id: z.uuid(),
    status: interviewStatusSchema,
    candidateName: z.string(),
    startedAt: isoDateTime.nullable(),
    completedAt: isoDateTime.nullable(),
    inviteExpiresAt: isoDateTime,
    failureReason: z.string().nullable().meta({
      description:
        "Always null for the candidate: why an evaluation failed is for the company (GET as a recruiter).",
    }),
    recordingConsentedAt: isoDateTime
      .nullable()
      .meta({ description: "When the candidate agreed to be recorded; null: not yet." }),
    company: z.object({ id: z.uuid(), name: z.string(), recordingMode: recordingModeSchema }),
    position: z.object({
      id: z.uuid(),
      title: z.string(),
      language: z.string().meta({ description: "BCP 47 tag of the interview's language." }),
      answerSeconds: z.int().meta({
        description:
          "The time the candidate has for each answer: the position's, times a granted accommodation's multiplier.",
      }),
    }),
    accommodation: z
      .object({
        answerTimeMultiplier: z.number(),
        typedOnly: z
          .boolean()
          .meta({ description: "Typed answers only: no speech, no mic check." }),
        hasBreak: z.boolean(),
      })
      .nullable()
      .meta({ description: "What the company granted before the start; null: nothing." }),
    questionCount: z
      .int()
      .meta({ description: "Main questions; follow-ups belong to their question." }),
  })
  .meta({ id: "CandidateView", description: "The interview as its candidate sees it." });
export type CandidateView = z.infer<typeof candidateViewSchema>;

/**
 * A question as both the candidate and the recruiter list it, follow-ups included. The reason a
 * follow-up was asked is left out: the candidate never sees it, the recruiter reads it on the report.
 */
export const interviewQuestionViewSchema = z
  .object({
    id: z.uuid(),
    order: z.int(),
    content: z.string(),
    category: z.string(),
    competency: z.string(),
    parentQuestionId: z
      .uuid()
      .nullable()
      .meta({ description: "The main question a follow-up follows; null for a main question." }),
    followUpNumber: z
      .int()
      .min(0)
      .meta({ description: "0 for a main question, then 1, 2, 3 for its follow-ups." }),
  })
  .meta({ id: "InterviewQuestion" });
export type InterviewQuestionView = z.infer<typeof interviewQuestionViewSchema>;
