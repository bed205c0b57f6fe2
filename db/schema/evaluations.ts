import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { interviewQuestions, interviews } from "./interviews";
import { questionBank } from "./question-bank";

/**
 * One criterion's score. Model path: `key` names the rubric criterion and `points` is its place on
 * the anchored 1–5 scale (`score` is that point mapped to 0–100). Offline: a measurement, no key.
 */
export type RubricScore = {
  key?: string;
  criterion: string;
  points?: number;
  score: number;
  rationale: string;
};
export type EvidenceQuote = {
  quote: string;
  segmentId: string | null;
  supports: string;
  /** The rubric criterion this quote backs, when the model path scored it. */
  criterionKey?: string;
};

/** `needs_review`: the score is computed but rests on something a person must look at first. */
export const evaluationStatuses = ["scored", "needs_review"] as const;
export type EvaluationStatus = (typeof evaluationStatuses)[number];

// One row per answer and rubric version: re-scoring an unchanged answer returns this row.
export const evaluations = pgTable(
  "evaluations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    questionId: uuid("question_id")
      .notNull()
      .references(() => interviewQuestions.id, { onDelete: "cascade" }),
    score: integer("score").notNull(),
    rubricScores: jsonb("rubric_scores").$type<RubricScore[]>().notNull().default([]),
    evidence: jsonb("evidence").$type<EvidenceQuote[]>().notNull().default([]),
    strengths: jsonb("strengths").$type<string[]>().notNull().default([]),
    improvements: jsonb("improvements").$type<string[]>().notNull().default([]),
    feedback: text("feedback").notNull().default(""),
    status: text("status", { enum: evaluationStatuses }).notNull().default("scored"),
    /** Why a person must look (a sentence addressed to the grader, quotes that failed to verify). */
    reviewReasons: jsonb("review_reasons").$type<string[]>().notNull().default([]),
    /** Offline: what the heuristic measured, shown beside its scores. */
    measurements: text("measurements"),
    /** Model calls this evaluation took (retries of an unusable reply included); 0 when reused. */
    attempts: integer("attempts").notNull().default(1),
    bankQuestionId: uuid("bank_question_id").references(() => questionBank.id, {
      onDelete: "set null",
    }),
    /** The evaluation of the same answer to the same bank question that this one copies. */
    reusedFromId: uuid("reused_from_id"),
    answerHash: text("answer_hash").notNull(),
    rubricVersion: text("rubric_version").notNull(),
    provider: text("provider").notNull(),
    model: text("model").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("evaluations_question_rubric_uq").on(table.questionId, table.rubricVersion),
    // Reuse across interviews: the same normalised answer to the same bank question and version.
    index("evaluations_bank_reuse_idx").on(
      table.bankQuestionId,
      table.rubricVersion,
      table.answerHash,
    ),
    check("evaluations_score_range_ck", sql`${table.score} between 0 and 100`),
  ],
);

export type Evaluation = typeof evaluations.$inferSelect;
export type NewEvaluation = typeof evaluations.$inferInsert;
