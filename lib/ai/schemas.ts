import { z } from "zod";

// The schemas the model answers in avoid string length limits: strict structured outputs reject
// keywords such as minLength. Integer bounds (minimum/maximum) are supported.

const scoreSchema = z.number().int().min(0).max(100);

export const rubricScoreSchema = z.object({
  criterion: z.string(),
  score: scoreSchema,
  rationale: z.string(),
});

export const evidenceSchema = z.object({
  /** Meant to be an exact substring of the answer; `verifyEvidence` drops any that is not (or empty). */
  quote: z.string(),
  segmentId: z.string().nullable(),
  /** What the quote shows (the criterion or point it backs up). */
  supports: z.string(),
});

const evaluationShape = {
  score: scoreSchema,
  rubricScores: z.array(rubricScoreSchema),
  evidence: z.array(evidenceSchema),
  strengths: z.array(z.string()),
  improvements: z.array(z.string()),
  feedback: z.string(),
};

export const answerEvaluationSchema = z.object({
  ...evaluationShape,
  /** Offline only: what the heuristic measured, so nobody mistakes it for a model's judgement. */
  measurements: z.string().optional(),
});

export type AnswerEvaluation = z.infer<typeof answerEvaluationSchema>;
export type RubricScore = z.infer<typeof rubricScoreSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;

/**
 * What the model must return. Strict structured outputs require every key, so there is no
 * optional field here (the SDK throws on `.optional()`); `measurements` is offline-only.
 */
export const modelAnswerEvaluationSchema = z.object(evaluationShape);

export const generatedQuestionSchema = z.object({
  content: z.string().trim().min(1),
  competency: z.string().trim().min(1),
  category: z.string().trim().min(1),
});

export type GeneratedQuestion = z.infer<typeof generatedQuestionSchema>;

/** Structured outputs need an object at the root, so the list is wrapped. */
export const modelGeneratedQuestionsSchema = z.object({
  questions: z.array(
    z.object({ content: z.string(), competency: z.string(), category: z.string() }),
  ),
});
