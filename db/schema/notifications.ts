import {
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { interviews } from "./interviews";
import { users } from "./users";

export const notificationKinds = [
  "report_ready",
  "report_needs_review",
  "contested",
  "accommodation_requested",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** What one member is told about one interview; shown in the dashboard, mailed per their choice. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: notificationKinds }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
    /** When it went out by mail, alone or in a digest; null while it waits for the digest. */
    mailedAt: timestamp("mailed_at", { withTimezone: true }),
  },
  (table) => [
    index("notifications_user_company_created_idx").on(
      table.userId,
      table.companyId,
      table.createdAt,
    ),
    // One notice per member, interview and kind: a retried or duplicated event adds none.
    uniqueIndex("notifications_user_interview_kind_idx").on(
      table.userId,
      table.interviewId,
      table.kind,
    ),
  ],
);

export const notificationEmailModes = ["each", "daily_digest", "none"] as const;
export type NotificationEmailMode = (typeof notificationEmailModes)[number];

/** A member's choice of mail per workspace; no row means "each". */
export const notificationSettings = pgTable(
  "notification_settings",
  {
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    emailMode: text("email_mode", { enum: notificationEmailModes }).notNull().default("each"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.companyId, table.userId] })],
);

export type Notification = typeof notifications.$inferSelect;
