import { sql } from "drizzle-orm";
import { check, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** What a candidate sees after the interview: a thank-you, feedback without scores, or everything. */
export const candidateFeedbackLevels = ["none", "feedback", "full"] as const;
export type CandidateFeedbackLevel = (typeof candidateFeedbackLevels)[number];

/** Whether answers are recorded: never, the voice, or voice and camera where the position films. */
export const recordingModes = ["off", "audio", "video"] as const;
export type RecordingMode = (typeof recordingModes)[number];

/** Mirrors `reminderPolicySchema` in lib/invitations (which validates it); db imports no lib. */
export type StoredReminderPolicy = {
  /** Remind when half the time between invitation and deadline has passed. */
  atHalfWindow: boolean;
  /** Remind this many hours before the deadline (none: empty). */
  hoursBeforeDeadline: number[];
};

/** When a candidate may open the explanation of their result (Art. 86 AI Act, GDPR Art. 22). */
export const explanationAccessLevels = ["after_decision", "after_completion"] as const;
export type ExplanationAccess = (typeof explanationAccessLevels)[number];

/**
 * A workspace: better-auth's organization model is mapped onto this table, so every company-owned
 * row keeps its `company_id`. Ids are UUIDs (better-auth is told to generate UUIDs).
 */
export const companies = pgTable(
  "companies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    slug: text("slug").notNull().unique(),
    logo: text("logo"),
    /** better-auth's organization metadata (JSON text); unused by the app. */
    metadata: text("metadata"),
    description: text("description").notNull().default(""),
    website: text("website"),
    candidateFeedback: text("candidate_feedback", { enum: candidateFeedbackLevels })
      .notNull()
      .default("feedback"),
    recordingMode: text("recording_mode", { enum: recordingModes }).notNull().default("off"),
    /** Reminders to candidates who have not started; null follows the default policy. */
    reminderPolicy: jsonb("reminder_policy").$type<StoredReminderPolicy>(),
    /** Business days between the invitation (which carries the AI notice) and the deadline; 0: none. */
    noticeLeadDays: integer("notice_lead_days").notNull().default(0),
    explanationAccess: text("explanation_access", { enum: explanationAccessLevels })
      .notNull()
      .default("after_decision"),
    /** Days a recruiter has to answer a candidate's contest. */
    contestDueDays: integer("contest_due_days").notNull().default(30),
    /** Months the de-identified decision record is kept after the decision (at least 6). */
    auditRetentionMonths: integer("audit_retention_months").notNull().default(12),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("companies_notice_lead_days_ck", sql`${table.noticeLeadDays} between 0 and 30`),
    check("companies_contest_due_days_ck", sql`${table.contestDueDays} between 1 and 90`),
    check(
      "companies_audit_retention_months_ck",
      sql`${table.auditRetentionMonths} between 6 and 120`,
    ),
  ],
);

export type Company = typeof companies.$inferSelect;
export type NewCompany = typeof companies.$inferInsert;
