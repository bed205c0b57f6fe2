import { z } from "zod";

// The schemas the model answers in avoid string length limits: strict structured outputs reject
// keywords such as minLength. Integer bounds (minimum/maximum) are supported.

const scoreSchema = z.number().int().min(0).max(100);

export const rubricScoreSchema = z.object({
  /** The rubric criterion's key (model path); offline measurements have none. */
  key: z.string().optional(),
  criterion: z.string(),
  /** The point on the anchored 1–5 scale (model path); `score` is it mapped to 0–100. */
  points: z.number().int().min(1).max(5).optional(),
  score: scoreSchema,
  rationale: z.string(),
});

export const evidenceSchema = z.object({
  /** Meant to be an exact substring of the answer; `verifyEvidence` drops any that is not (or empty). */
  quote: z.string(),
  segmentId: z.string().nullable(),
  /** What the quote shows (the criterion or point it backs up). */
  supports: z.string(),
  criterionKey: z.string().optional(),
});

export const answerEvaluationSchema = z.object({
  /** Always computed in code from `rubricScores`, never a number a model wrote. */
  score: scoreSchema,
  rubricScores: z.array(rubricScoreSchema),
  evidence: z.array(evidenceSchema),
  strengths: z.array(z.string()),
  improvements: z.array(z.string()),
  feedback: z.string(),
  /** Offline only: what the heuristic measured, so nobody mistakes it for a model's judgement. */
  measurements: z.string().optional(),
  /** Non-empty: the score stands but a person must look first (the evaluation is `needs_review`). */
  reviewReasons: z.array(z.string()),
  /** Model calls spent, retries of unusable replies included. */
  attempts: z.number().int().min(0),
});

export type AnswerEvaluation = z.infer<typeof answerEvaluationSchema>;
export type RubricScore = z.infer<typeof rubricScoreSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;

/**
 * What the model must return: a point on the anchored scale per rubric criterion, each with its
 * quotes, and no overall number (the score is computed in code). Strict structured outputs
 * require every key, so there is no optional field here (the SDK throws on `.optional()`).
 */
export const modelAnswerEvaluationSchema = z.object({
  criteria: z.array(
    z.object({
      key: z.string(),
      points: z.number().int().min(1).max(5),
      rationale: z.string(),
      evidence: z.array(z.object({ quote: z.string(), segmentId: z.string().nullable() })),
    }),
  ),
  strengths: z.array(z.string()),
  improvements: z.array(z.string()),
  feedback: z.string(),
});
export type ModelAnswerEvaluation = z.infer<typeof modelAnswerEvaluationSchema>;

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
