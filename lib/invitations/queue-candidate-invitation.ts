import "server-only";
import type { Interview } from "@/db/schema";
import { hashToken } from "@/lib/auth/tokens";
import { getPositionNotice } from "@/lib/compliance/notice/interview-notice";
import { cancelScheduledReminders, insertPlannedReminders } from "@/lib/db/interview-reminders";
import { buildInviteUrl } from "@/lib/interviews/build-invite-url";
import { queueMails } from "@/lib/mail/queue-mail";
import {
  type CandidateMailContext,
  candidateMailLocale,
  candidateMailProps,
  candidateTimeZoneOf,
  loadCandidateMailContexts,
} from "./candidate-mail-context";
import { planReminders } from "./plan-reminders";
import { notePlannedReminders } from "./planned-reminders-collector";
import { encryptInviteLink, signOptOutToken } from "./reminder-crypto";
import { resolveReminderPolicy } from "./reminder-policy";

export type CandidateInvitation = { interview: Interview; inviteToken: string };

/** The opt-out page, on the same origin as the invite link. */
export function buildOptOutUrl(options: { inviteUrl: string; interviewId: string }): string {
  const url = new URL("/api/reminders/opt-out", options.inviteUrl);
  url.searchParams.set("token", signOptOutToken(options.interviewId));
  return url.toString();
}

/**
 * Queues the candidate's invitation mail (sent after the response by the route's wrapper) and
 * plans its reminders, for one interview just created or re-issued. Call it inside the request
 * that made the link: the link is built as the response's `inviteUrl` is.
 */
export async function queueCandidateInvitation(
  options: CandidateInvitation & { req: Request },
): Promise<void> {
  await queueCandidateInvitations({ req: options.req, invitations: [options] });
}

/**
 * The same for many interviews (a bulk invite): three reads, one insert of the messages and one
 * of the reminders, whatever the count.
 */
export async function queueCandidateInvitations(options: {
  req: Request;
  invitations: readonly CandidateInvitation[];
  now?: Date;
}): Promise<void> {
  const now = options.now ?? new Date();
  const contexts = await loadCandidateMailContexts(options.invitations.map((i) => i.interview));
  const notices = await loadNoticesSentAhead(contexts);
  const mails = [];
  const reminderRows = [];
  for (const { interview, inviteToken } of options.invitations) {
    const context = contexts.get(interview.id);
    if (!context) continue;
    const link = buildInviteUrl({ req: options.req, inviteToken });
    const optOutLink = buildOptOutUrl({ inviteUrl: link, interviewId: interview.id });
    mails.push({
      kind: "candidate-invitation" as const,
      to: interview.candidateEmail,
      locale: candidateMailLocale(context.position),
      companyId: interview.companyId,
      interviewId: interview.id,
      props: {
        ...candidateMailProps({ interview, context, link, optOutLink }),
        aiNotice: notices.get(context.position.id) ?? null,
      },
    });
    if (interview.remindersOptedOutAt) continue;
    const plan = planReminders({
      policy: resolveReminderPolicy(context.company.reminderPolicy),
      invitedAt: now,
      deadline: interview.inviteExpiresAt,
      timeZone: candidateTimeZoneOf(interview),
    });
    // The whole link, encrypted: the reminder repeats the very address the invitation carried.
    const ciphertext = plan.length > 0 ? encryptInviteLink(link) : "";
    for (const reminder of plan) {
      reminderRows.push({
        interviewId: interview.id,
        kind: reminder.kind,
        inviteTokenHash: hashToken(inviteToken),
        inviteTokenCiphertext: ciphertext,
        dueAt: reminder.dueAt,
      });
    }
  }
  await queueMails(mails);
  const planned = await insertPlannedReminders(reminderRows);
  notePlannedReminders(planned);
}

/**
 * The AI notice per position, for workspaces that send it with the invitation (a notice lead time,
 * as LL144 asks): rendered as the candidate page renders it, once per position.
 */
async function loadNoticesSentAhead(contexts: Map<string, CandidateMailContext>) {
  const notices = new Map<string, { title: string; paragraphs: string[] }>();
  for (const { company, position } of contexts.values()) {
    if (company.noticeLeadDays === 0 || notices.has(position.id)) continue;
    const notice = await getPositionNotice({ company, position });
    notices.set(position.id, { title: notice.title, paragraphs: notice.paragraphs });
  }
  return notices;
}

/** A re-issued link: the old link's reminders are cancelled, then the new one is invited. */
export async function queueReissuedInvitation(
  options: CandidateInvitation & { req: Request },
): Promise<void> {
  await cancelScheduledReminders({
    interviewId: options.interview.id,
    keepTokenHash: hashToken(options.inviteToken),
  });
  await queueCandidateInvitation(options);
}
