import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { interviewQuestions, interviews } from "./interviews";

export const followUpDecisionStatuses = ["deciding", "decided"] as const;
export type FollowUpDecisionStatus = (typeof followUpDecisionStatuses)[number];
/** Who decided: the model, the offline rules, or the offline rules because the model budget was spent. */
export const followUpDeciders = ["openai", "offline", "budget_spent"] as const;
export type FollowUpDecider = (typeof followUpDeciders)[number];

/**
 * Whether follow-up `followUpNumber` of a thread is asked, decided once: "no follow-up" is kept
 * as well as "ask", so a repeated call never asks the model again. The row is claimed first
 * (`deciding`), so concurrent calls on any server instance wait for the one decision in flight.
 */
export const followUpDecisions = pgTable(
  "follow_up_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    mainQuestionId: uuid("main_question_id")
      .notNull()
      .references(() => interviewQuestions.id, { onDelete: "cascade" }),
    followUpNumber: integer("follow_up_number").notNull(),
    status: text("status", { enum: followUpDecisionStatuses }).notNull().default("deciding"),
    /** Null while deciding. */
    ask: boolean("ask"),
    /** What the thread lacks, or why nothing is asked (for the recruiter); may quote the candidate. */
    reason: text("reason"),
    decidedBy: text("decided_by", { enum: followUpDeciders }),
    followUpQuestionId: uuid("follow_up_question_id").references(() => interviewQuestions.id, {
      onDelete: "set null",
    }),
    /** When the claim was taken; a claim left this long by a crashed request may be taken over. */
    claimedAt: timestamp("claimed_at", { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("follow_up_decisions_thread_number_uq").on(
      table.mainQuestionId,
      table.followUpNumber,
    ),
    index("follow_up_decisions_interview_idx").on(table.interviewId),
    check("follow_up_decisions_number_ck", sql`${table.followUpNumber} >= 1`),
  ],
);

export type FollowUpDecisionRow = typeof followUpDecisions.$inferSelect;
