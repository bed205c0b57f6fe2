import {
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { interviewQuestions, interviews } from "./interviews";

/**
 * Things a recruiter may want to look at; never an input to a score or a decision.
 * - focus_lost: the page lost focus or visibility during an answer (count, total time)
 * - paste: text pasted into a typed answer (characters)
 * - silence_before_answer: a long silence between the question and the first words
 * - similar_to_candidate / similar_to_bank: after evaluation, an answer close to another
 *   candidate's answer or to a banked one (similarity in evidence)
 */
export const integritySignalKinds = [
  "focus_lost",
  "paste",
  "silence_before_answer",
  "similar_to_candidate",
  "similar_to_bank",
] as const;
export type IntegritySignalKind = (typeof integritySignalKinds)[number];

export const integritySignals = pgTable(
  "integrity_signals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    questionId: uuid("question_id").references(() => interviewQuestions.id, {
      onDelete: "cascade",
    }),
    /** Made by the client for browser signals, so a retried upload is stored once. */
    clientId: text("client_id"),
    kind: text("kind", { enum: integritySignalKinds }).notNull(),
    count: integer("count").notNull().default(1),
    /** Milliseconds: time away for focus_lost, the silence for silence_before_answer. */
    totalMs: integer("total_ms"),
    /** What the recruiter is shown as evidence (pasted length, similar answer id and similarity…). */
    evidence: jsonb("evidence").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("integrity_signals_interview_idx").on(table.interviewId),
    uniqueIndex("integrity_signals_client_uq").on(table.interviewId, table.clientId),
  ],
);

export type IntegritySignal = typeof integritySignals.$inferSelect;
export type NewIntegritySignal = typeof integritySignals.$inferInsert;
