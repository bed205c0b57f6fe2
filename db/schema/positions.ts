import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

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
    /** Follow-ups the interviewer may ask after each main answer; null follows FOLLOW_UPS_PER_QUESTION. */
    followUpsPerQuestion: integer("follow_ups_per_question"),
    /** Time the candidate has for each answer; at the limit the answer is finalised. */
    answerSeconds: integer("answer_seconds").notNull().default(180),
    /** The applicant tracking system's job id, free text, echoed in every webhook. */
    externalJobId: text("external_job_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("positions_company_id_idx").on(table.companyId),
    index("positions_company_external_job_idx")
      .on(table.companyId, table.externalJobId)
      .where(sql`${table.externalJobId} is not null`),
    check(
      "positions_follow_ups_ck",
      sql`${table.followUpsPerQuestion} is null or ${table.followUpsPerQuestion} between 0 and 3`,
    ),
    check("positions_answer_seconds_ck", sql`${table.answerSeconds} between 60 and 300`),
  ],
);

export type Position = typeof positions.$inferSelect;
export type NewPosition = typeof positions.$inferInsert;
