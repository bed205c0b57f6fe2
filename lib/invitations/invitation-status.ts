import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { emailMessages, type Interview } from "@/db/schema";
import { countSentReminders } from "@/lib/db/interview-reminders";
import type { InvitationStatus } from "./schemas";

/** The latest invitation mail of each interview (a re-issue mails again: the newest is current). */
async function latestInvitationMails(interviewIds: readonly string[]) {
  if (interviewIds.length === 0) return new Map();
  const db = await getDb();
  const rows = await db
    .selectDistinctOn([emailMessages.interviewId], {
      interviewId: emailMessages.interviewId,
      status: emailMessages.status,
      createdAt: emailMessages.createdAt,
      sentAt: emailMessages.sentAt,
    })
    .from(emailMessages)
    .where(
      and(
        inArray(emailMessages.interviewId, [...interviewIds]),
        eq(emailMessages.kind, "candidate-invitation"),
      ),
    )
    .orderBy(emailMessages.interviewId, desc(emailMessages.createdAt));
  return new Map(rows.map((row) => [row.interviewId, row]));
}

/** Sent, delivered to SMTP, opened, reminders: per interview, in two queries for any number. */
export async function getInvitationStatuses(
  list: readonly Interview[],
): Promise<Map<string, InvitationStatus>> {
  const ids = list.map((interview) => interview.id);
  const [mails, reminders] = await Promise.all([
    latestInvitationMails(ids),
    countSentReminders({ interviewIds: ids }),
  ]);
  return new Map(
    list.map((interview) => {
      const mail = mails.get(interview.id);
      return [
        interview.id,
        {
          sentAt: mail?.createdAt.toISOString() ?? null,
          mailStatus: mail?.status ?? null,
          deliveredAt: mail?.sentAt?.toISOString() ?? null,
          openedAt: interview.linkOpenedAt?.toISOString() ?? null,
          remindersSent: reminders.get(interview.id) ?? 0,
          remindersOptedOut: interview.remindersOptedOutAt !== null,
        },
      ];
    }),
  );
}

/** One interview's status (its page, GET /api/interviews/{id}). */
export async function getInvitationStatus(interview: Interview): Promise<InvitationStatus> {
  const status = (await getInvitationStatuses([interview])).get(interview.id);
  if (!status) throw new Error("No invitation status for the interview.");
  return status;
}
