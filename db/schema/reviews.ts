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
import { answerBank } from "./answer-bank";
import { companies } from "./companies";
import { interviews } from "./interviews";
import { users } from "./users";

export const overrideKinds = ["answer", "competency"] as const;
export type OverrideKind = (typeof overrideKinds)[number];

// A recruiter's score in place of the AI's, for one answer (target = interview question id) or one
// competency (target = its name). The AI's score stays in evaluations/reports beside it.
export const scoreOverrides = pgTable(
  "score_overrides",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: overrideKinds }).notNull(),
    target: text("target").notNull(),
    score: integer("score").notNull(),
    reason: text("reason").notNull(),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("score_overrides_target_uq").on(table.interviewId, table.kind, table.target),
    check("score_overrides_score_range_ck", sql`${table.score} between 0 and 100`),
  ],
);

export const hiringDecisionValues = ["advance", "hold", "reject"] as const;
export type HiringDecisionValue = (typeof hiringDecisionValues)[number];

// The recruiter's decision on an interview: one current row; its history is in review_audit.
export const hiringDecisions = pgTable("hiring_decisions", {
  interviewId: uuid("interview_id")
    .primaryKey()
    .references(() => interviews.id, { onDelete: "cascade" }),
  decision: text("decision", { enum: hiringDecisionValues }).notNull(),
  note: text("note").notNull().default(""),
  userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const reviewActions = [
  "override_answer_score",
  "override_competency_score",
  "clear_override",
  "set_decision",
  "approve_bank_answer",
  "reject_bank_answer",
  "set_scorecard_points",
  "open_contest",
  "answer_contest",
  "apply_scoring_change",
  "grant_accommodation",
] as const;
export type ReviewAction = (typeof reviewActions)[number];

// Every human change to what the AI produced: who, when, before, after and why. Append-only.
export const reviewAudit = pgTable(
  "review_audit",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    interviewId: uuid("interview_id").references(() => interviews.id, { onDelete: "cascade" }),
    answerBankId: uuid("answer_bank_id").references(() => answerBank.id, { onDelete: "set null" }),
    actorUserId: text("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    /** The actor's name when the row was written: a later rename must not rewrite the history. */
    actorName: text("actor_name"),
    action: text("action", { enum: reviewActions }).notNull(),
    /** What was changed, in words a reader understands ("Question 2", "system-design"). */
    subject: text("subject").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    reason: text("reason").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("review_audit_interview_created_idx").on(table.interviewId, table.createdAt),
    index("review_audit_company_created_idx").on(table.companyId, table.createdAt),
  ],
);

export type ScoreOverride = typeof scoreOverrides.$inferSelect;
export type HiringDecision = typeof hiringDecisions.$inferSelect;
export type ReviewAuditRow = typeof reviewAudit.$inferSelect;
