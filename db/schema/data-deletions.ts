import { jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * What a deletion removed, kept after it without personal data: the interview's id (a random
 * uuid that names no one once its rows are gone), who asked, and counts per table and store.
 */
export const dataDeletions = pgTable("data_deletions", {
  id: uuid("id").primaryKey().defaultRandom(),
  companyId: uuid("company_id").notNull(),
  interviewId: uuid("interview_id").notNull(),
  /** The recruiter or operator who asked; null for retention. */
  requestedByUserId: text("requested_by_user_id"),
  reason: text("reason", { enum: ["request", "retention"] }).notNull(),
  removed: jsonb("removed").$type<Record<string, number>>().notNull().default({}),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export type DataDeletion = typeof dataDeletions.$inferSelect;
