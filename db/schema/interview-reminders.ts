import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { interviews } from "./interviews";

export const reminderStatuses = ["scheduled", "sent", "cancelled"] as const;
export type ReminderStatus = (typeof reminderStatuses)[number];

/**
 * A reminder planned for one invite link. Sending claims the row (scheduled → sent) so a retried
 * job or a second instance never mails twice; starting, expiring, re-issuing or opting out cancels
 * the rows still scheduled. Inngest sleeps until `due_at`; in process the maintenance timer sends
 * the rows that are due.
 */
export const interviewReminders = pgTable(
  "interview_reminders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    /** Which rule of the policy planned it: "half_window" or "before_deadline_24h" and the like. */
    kind: text("kind").notNull(),
    /** The invite link the reminder belongs to: a re-issued link plans its own. */
    inviteTokenHash: text("invite_token_hash").notNull(),
    /**
     * The link's token, encrypted (AES-GCM, key derived from the auth secret), so the reminder can
     * carry the link; null once the row is sent or cancelled (docs/security.md).
     */
    inviteTokenCiphertext: text("invite_token_ciphertext"),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    status: text("status", { enum: reminderStatuses }).notNull().default("scheduled"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("interview_reminders_link_kind_uq").on(
      table.interviewId,
      table.inviteTokenHash,
      table.kind,
    ),
    index("interview_reminders_due_idx").on(table.dueAt).where(sql`${table.status} = 'scheduled'`),
  ],
);

export type InterviewReminder = typeof interviewReminders.$inferSelect;
