import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { interviewQuestions, interviews } from "./interviews";

/** Who made the file: the candidate's browser (one per answer) or LiveKit Egress (one per interview). */
export const recordingSources = ["browser", "egress"] as const;
export type RecordingSource = (typeof recordingSources)[number];
/**
 * `finalising`: one request has claimed the join of the chunks and the header rewrite; the part is
 * playable only once `ready`, when its file is complete and seekable.
 */
export const recordingStatuses = ["recording", "finalising", "ready", "failed"] as const;
export type RecordingStatus = (typeof recordingStatuses)[number];

/**
 * One stored recording. `clockOffsetMs` is where the file's 0 lies on the interview clock (the
 * clock transcript segments' startMs use), so a segment plays at startMs − clockOffsetMs in any
 * file, whether it holds one answer or the whole interview.
 */
export const recordings = pgTable(
  "recordings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    /** The answer it holds (browser path); null for a whole-interview egress file. */
    questionId: uuid("question_id").references(() => interviewQuestions.id, {
      onDelete: "cascade",
    }),
    source: text("source", { enum: recordingSources }).notNull(),
    status: text("status", { enum: recordingStatuses }).notNull().default("recording"),
    /** Key in the recording storage (local folder or S3 bucket); never a public URL. */
    storageKey: text("storage_key").notNull(),
    contentType: text("content_type").notNull(),
    byteLength: integer("byte_length").notNull().default(0),
    durationMs: integer("duration_ms"),
    clockOffsetMs: integer("clock_offset_ms").notNull().default(0),
    /** LiveKit's egress id (egress path), to match its webhook. */
    egressId: text("egress_id").unique(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    /** When the finalising claim was taken; a claim left this long by a crashed request is taken over. */
    finalisingAt: timestamp("finalising_at", { withTimezone: true }),
  },
  (table) => [
    index("recordings_interview_idx").on(table.interviewId),
    check("recordings_byte_length_ck", sql`${table.byteLength} >= 0`),
  ],
);

export type Recording = typeof recordings.$inferSelect;
export type NewRecording = typeof recordings.$inferInsert;
