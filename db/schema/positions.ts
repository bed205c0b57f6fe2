import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Mirrors `competencyRubricSchema` in lib/rubrics (which validates it); db imports no lib. */
export type StoredCompetencyRubric = {
  competency: string;
  criteria: {
    key: string;
    name: string;
    description: string;
    anchors: { "1": string; "3": string; "5": string };
  }[];
};

import { companies } from "./companies";

export const positions = pgTable(
  "positions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    competencies: text("competencies").array().notNull().default([]),
    // BCP-47 tag: drives question language, prompts, speech recognition and read-aloud.
    language: text("language").notNull().default("en"),
    // One anchored rubric per competency; a competency without one is scored on its default.
    rubrics: jsonb("rubrics").$type<StoredCompetencyRubric[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("positions_company_id_idx").on(table.companyId)],
);

export type Position = typeof positions.$inferSelect;
export type NewPosition = typeof positions.$inferInsert;
