import { integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { interviews } from "./interviews";

export const recommendations = ["strong_hire", "hire", "lean_hire", "no_hire"] as const;
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
  provider: text("provider").notNull(),
  model: text("model").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Report = typeof reports.$inferSelect;
export type NewReport = typeof reports.$inferInsert;
