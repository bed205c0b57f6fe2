import { sql } from "drizzle-orm";
import {
  check,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { interviewQuestions, interviews } from "./interviews";

export type RubricScore = { criterion: string; score: number; rationale: string };
export type EvidenceQuote = { quote: string; segmentId: string | null; supports: string };

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
    answerHash: text("answer_hash").notNull(),
    rubricVersion: text("rubric_version").notNull(),
    provider: text("provider").notNull(),
    model: text("model").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("evaluations_question_rubric_uq").on(table.questionId, table.rubricVersion),
    check("evaluations_score_range_ck", sql`${table.score} between 0 and 100`),
  ],
);

export type Evaluation = typeof evaluations.$inferSelect;
export type NewEvaluation = typeof evaluations.$inferInsert;
