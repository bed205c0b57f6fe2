import { z } from "zod";
import type { StoredReminderPolicy } from "@/db/schema/companies";
import { emailStatuses } from "@/db/schema/email-messages";

/** What the recruiter sees of a candidate's invitation. Safe for server and client. */
export const invitationStatusSchema = z
  .object({
    sentAt: z.iso.datetime().nullable().meta({
      description: "When the current link's invitation mail was queued; null: none was sent.",
    }),
    mailStatus: z.enum(emailStatuses).nullable().meta({
      description: "That mail's state: `sent` means the SMTP server accepted it.",
    }),
    deliveredAt: z.iso.datetime().nullable().meta({
      description: "When the SMTP server (or the embedded mailbox) took the mail.",
    }),
    openedAt: z.iso.datetime().nullable().meta({
      description: "When the candidate first opened the current link.",
    }),
    remindersSent: z.int().min(0),
    remindersOptedOut: z.boolean().meta({ description: "The candidate asked for no reminders." }),
  })
  .meta({ id: "InvitationStatus" });

export type InvitationStatus = z.infer<typeof invitationStatusSchema>;

/** A workspace's reminders to candidates who have not started. */
export const reminderPolicySchema = z.strictObject({
  /** Remind when half the time between invitation and deadline has passed. */
  atHalfWindow: z.boolean(),
  /** Remind this many hours before the deadline; at most five, each up to 30 days. */
  hoursBeforeDeadline: z
    .array(
      z
        .int()
        .min(1)
        .max(30 * 24),
    )
    .max(5)
    .transform((hours) => [...new Set(hours)].sort((a, b) => b - a)),
}) satisfies z.ZodType<StoredReminderPolicy, unknown>;

export type ReminderPolicy = z.infer<typeof reminderPolicySchema>;

/** Two reminders: at half the window and 24 hours before the deadline. */
export const defaultReminderPolicy: ReminderPolicy = {
  atHalfWindow: true,
  hoursBeforeDeadline: [24],
};
