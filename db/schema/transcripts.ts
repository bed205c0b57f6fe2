import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { interviewQuestions, interviews } from "./interviews";

export const speakers = ["candidate", "interviewer"] as const;
export type Speaker = (typeof speakers)[number];

// The id is made by the client, so a retried upload of one segment is stored once.
export const transcriptSegments = pgTable(
  "transcript_segments",
  {
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    questionId: uuid("question_id")
      .notNull()
      .references(() => interviewQuestions.id, { onDelete: "cascade" }),
    speaker: text("speaker", { enum: speakers }).notNull(),
    text: text("text").notNull(),
    startMs: integer("start_ms").notNull(),
    endMs: integer("end_ms").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.interviewId, table.id] }),
    index("transcript_segments_interview_speaker_idx").on(table.interviewId, table.speaker),
    index("transcript_segments_question_id_idx").on(table.questionId),
    check("transcript_segments_time_order_ck", sql`${table.endMs} >= ${table.startMs}`),
  ],
);

export type TranscriptSegment = typeof transcriptSegments.$inferSelect;
export type NewTranscriptSegment = typeof transcriptSegments.$inferInsert;
