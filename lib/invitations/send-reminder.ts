import "server-only";
import type { InterviewReminder } from "@/db/schema";
import {
  cancelUnwantedDueReminders,
  claimReminder,
  getReminderById,
  listDueReminders,
  unclaimReminder,
} from "@/lib/db/interview-reminders";
import { getInterviewById } from "@/lib/db/interviews";
import { queueMail } from "@/lib/mail/queue-mail";
import {
  candidateMailLocale,
  candidateMailProps,
  loadCandidateMailContexts,
} from "./candidate-mail-context";
import { buildOptOutUrl } from "./queue-candidate-invitation";
import { decryptInviteLink } from "./reminder-crypto";

export type ReminderOutcome = "queued" | "skipped";

/**
 * Queues one reminder's mail at most once: the row is claimed (scheduled → sent) only while due
 * and wanted (the interview still invited on the same link, before its deadline, not opted out),
 * so a retried job, a second instance or a late sleep after the start finds nothing to do. The
 * message itself is sent by the mail job, with its own at-most-once claim.
 */
export async function sendReminder(options: {
  reminderId: string;
  now?: Date;
}): Promise<ReminderOutcome> {
  const now = options.now ?? new Date();
  const reminder = await getReminderById({ id: options.reminderId });
  if (!reminder?.inviteTokenCiphertext || reminder.status !== "scheduled") return "skipped";
  const mail = await reminderMail(reminder);
  if (!mail) return "skipped";
  if (!(await claimReminder({ id: reminder.id, now }))) return "skipped";
  try {
    await queueMail(mail);
  } catch (error) {
    await unclaimReminder({
      id: reminder.id,
      inviteTokenCiphertext: reminder.inviteTokenCiphertext,
    });
    throw error;
  }
  return "queued";
}

/** The mail a reminder sends, rendered before the claim so a claimed row always has one. */
async function reminderMail(reminder: InterviewReminder) {
  const link = reminder.inviteTokenCiphertext && decryptInviteLink(reminder.inviteTokenCiphertext);
  const interview = await getInterviewById({ id: reminder.interviewId });
  if (!link || !interview) return null;
  const context = (await loadCandidateMailContexts([interview])).get(interview.id);
  if (!context) return null;
  const optOutLink = buildOptOutUrl({ inviteUrl: link, interviewId: interview.id });
  return {
    kind: "candidate-reminder" as const,
    to: interview.candidateEmail,
    locale: candidateMailLocale(context.position),
    companyId: interview.companyId,
    interviewId: interview.id,
    props: candidateMailProps({ interview, context, link, optOutLink }),
  };
}

const sweepLimit = 200;

/**
 * Every reminder due by `now` (the in-process timer and the Inngest schedule call this; the
 * durable sleeps do the same one by one): due rows no longer wanted are cancelled, the others sent.
 */
export async function sendDueReminders(options: { now?: Date } = {}) {
  const now = options.now ?? new Date();
  const cancelled = await cancelUnwantedDueReminders({ now });
  const due = await listDueReminders({ now, limit: sweepLimit });
  let queued = 0;
  for (const reminder of due) {
    if ((await sendReminder({ reminderId: reminder.id, now })) === "queued") queued++;
  }
  return { queued, cancelled };
}
