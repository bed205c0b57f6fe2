import { z } from "zod";
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
