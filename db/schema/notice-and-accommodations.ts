import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { users } from "./users";

/**
 * One version of a workspace's AI notice text in one language. Rows are never edited: an edit adds
 * a version, and the newest per (company, language) is current. `hash` is sha256 of the body, so
 * two interviews that show the same hash showed the same words.
 */
export const aiNoticeVersions = pgTable(
  "ai_notice_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    language: text("language").notNull(),
    body: text("body").notNull(),
    hash: text("hash").notNull(),
    createdByUserId: text("created_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("ai_notice_versions_company_language_created_idx").on(
      table.companyId,
      table.language,
      table.createdAt,
    ),
    uniqueIndex("ai_notice_versions_company_language_hash_uq").on(
      table.companyId,
      table.language,
      table.hash,
    ),
  ],
);

/** Accommodations a candidate may ask for on the notice screen. */
export const accommodationKinds = ["more_time", "typed_only", "break", "other"] as const;
export type AccommodationKind = (typeof accommodationKinds)[number];

/** Mirrors the zod schema in lib/compliance (which validates it); db imports no lib. */
export type StoredAccommodationRequest = {
  kinds: AccommodationKind[];
  note: string;
  requestedAt: string;
};
export type StoredAccommodationGrant = {
  kinds: AccommodationKind[];
  /** Time per answer = the position's answer_seconds × this (1 to 3). */
  answerTimeMultiplier: number;
  note: string;
  grantedAt: string;
  grantedByUserId: string | null;
};

export type AiNoticeVersion = typeof aiNoticeVersions.$inferSelect;
