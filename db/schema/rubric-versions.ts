import { jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import type { StoredCompetencyRubric } from "./positions";

// What a rubric version meant, kept after the position's rubric is edited: every stored score
// names one of these rows, so a report can always show the criteria and anchors behind it.
export const rubricVersions = pgTable("rubric_versions", {
  /** A hash of the criteria, the prompt (or offline scorer) version and the model. */
  id: text("id").primaryKey(),
  competency: text("competency").notNull(),
  language: text("language").notNull(),
  criteria: jsonb("criteria").$type<StoredCompetencyRubric["criteria"]>().notNull(),
  /** The prompt template's or offline heuristic's own version. */
  scorerVersion: text("scorer_version").notNull(),
  provider: text("provider").notNull(),
  model: text("model").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type RubricVersion = typeof rubricVersions.$inferSelect;
export type NewRubricVersion = typeof rubricVersions.$inferInsert;
