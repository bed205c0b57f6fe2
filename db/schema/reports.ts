import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { interviews } from "./interviews";

/** `needs_review`: no hire band is given (an offline heuristic scored it, or an answer is flagged). */
export const recommendations = [
  "strong_hire",
  "hire",
  "lean_hire",
  "no_hire",
  "needs_review",
] as const;
export type Recommendation = (typeof recommendations)[number];
export type CompetencyScore = { competency: string; score: number; questionCount: number };

export const reports = pgTable("reports", {
  id: uuid("id").primaryKey().defaultRandom(),
  interviewId: uuid("interview_id")
    .notNull()
    .unique()
    .references(() => interviews.id, { onDelete: "cascade" }),
  overallScore: integer("overall_score").notNull(),
  competencyScores: jsonb("competency_scores").$type<CompetencyScore[]>().notNull().default([]),
  summary: text("summary").notNull(),
  recommendation: text("recommendation", { enum: recommendations }).notNull(),
  /** Flagged answers: listed first on the dashboard until a person records a decision. */
  needsReview: boolean("needs_review").notNull().default(false),
  reviewReasons: jsonb("review_reasons").$type<string[]>().notNull().default([]),
  /** The rubric versions of its answers' scores (one per competency), sorted. */
  rubricVersions: text("rubric_versions").array().notNull().default([]),
  provider: text("provider").notNull(),
  model: text("model").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Report = typeof reports.$inferSelect;
export type NewReport = typeof reports.$inferInsert;
