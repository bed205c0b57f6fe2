import { customType, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  // node-postgres returns a Buffer, PGlite a Uint8Array: callers always get a Buffer.
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * The interviewer's spoken questions, synthesised once per (voice, text) and served from here after
 * that. In Postgres because every instance shares it and it is already backed up; a clip is tens of
 * kilobytes, and retention drops clips no interview has played for a while.
 */
export const speechClips = pgTable("speech_clips", {
  /** sha256 of the voice and the text: the same question in the same voice is one clip. */
  hash: text("hash").primaryKey(),
  voice: text("voice").notNull(),
  contentType: text("content_type").notNull(),
  audio: bytea("audio").notNull(),
  byteLength: integer("byte_length").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  lastServedAt: timestamp("last_served_at", { withTimezone: true }).notNull().defaultNow(),
});

export type SpeechClip = typeof speechClips.$inferSelect;

/**
 * One synthesis per clip at a time across instances: the instance whose insert lands synthesises
 * and deletes its claim when the clip is stored (or given up); the others wait for the clip. A
 * claim older than the synthesis can take (its instance died) may be taken over.
 */
export const speechClipClaims = pgTable("speech_clip_claims", {
  hash: text("hash").primaryKey(),
  claimedAt: timestamp("claimed_at", { withTimezone: true }).notNull().defaultNow(),
});
