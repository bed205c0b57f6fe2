import {
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  vector,
} from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { interviews } from "./interviews";
import { embeddingDimensions, questionBank } from "./question-bank";
import { users } from "./users";

/** Offline scores are a heuristic: their answers wait for a recruiter before joining the bank. */
export const answerBankStatuses = ["pending", "approved", "rejected"] as const;
export type AnswerBankStatus = (typeof answerBankStatuses)[number];

// Excellent answers per company and canonical question; dedup searches the HNSW index within both.
export const answerBank = pgTable(
  "answer_bank",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    questionId: uuid("question_id")
      .notNull()
      .references(() => questionBank.id, { onDelete: "cascade" }),
    /** The company whose candidate gave the answer: dedup and search never cross companies. */
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    // An answer is the candidate's words: it goes when their interview goes.
    sourceInterviewId: uuid("source_interview_id").references(() => interviews.id, {
      onDelete: "cascade",
    }),
    sourceSegmentIds: text("source_segment_ids").array().notNull().default([]),
    text: text("text").notNull(),
    score: integer("score").notNull(),
    status: text("status", { enum: answerBankStatuses }).notNull().default("approved"),
    reviewedByUserId: text("reviewed_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    embedding: vector("embedding", { dimensions: embeddingDimensions }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("answer_bank_question_id_idx").on(table.questionId),
    index("answer_bank_company_question_idx").on(table.companyId, table.questionId),
    index("answer_bank_embedding_hnsw_idx").using("hnsw", table.embedding.op("vector_cosine_ops")),
    // One interview contributes at most one answer per question: a retried collection finds it.
    uniqueIndex("answer_bank_source_question_uq").on(table.sourceInterviewId, table.questionId),
  ],
);

export type AnswerBankEntry = typeof answerBank.$inferSelect;
export type NewAnswerBankEntry = typeof answerBank.$inferInsert;
