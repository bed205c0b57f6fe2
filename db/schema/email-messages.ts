import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { interviews } from "./interviews";

export const emailStatuses = ["queued", "sending", "sent", "failed"] as const;
export type EmailStatus = (typeof emailStatuses)[number];

/**
 * Every message the app sends. Written by the request that causes it, sent by a background job
 * that claims it (queued → sending) so a retried job never sends twice. Without SMTP_URL this table
 * is the mailbox the operator page shows; with SMTP the bodies are cleared once sent (they hold
 * single-use links).
 */
export const emailMessages = pgTable(
  "email_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id").references(() => companies.id, { onDelete: "cascade" }),
    /** The candidate's interview a message is about: erased with it. */
    interviewId: uuid("interview_id").references(() => interviews.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    toAddress: text("to_address").notNull(),
    locale: text("locale").notNull(),
    subject: text("subject").notNull(),
    html: text("html"),
    text: text("text"),
    /** The action link the message carries, so the embedded mailbox can show it. */
    link: text("link"),
    status: text("status", { enum: emailStatuses }).notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (table) => [
    index("email_messages_created_at_idx").on(table.createdAt),
    index("email_messages_status_idx").on(table.status),
    index("email_messages_interview_idx")
      .on(table.interviewId)
      .where(sql`${table.interviewId} is not null`),
  ],
);

export type EmailMessage = typeof emailMessages.$inferSelect;
