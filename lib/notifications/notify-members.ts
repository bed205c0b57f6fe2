import "server-only";
import type { NotificationKind } from "@/db/schema";
import { claimNotificationMail, insertNotifications } from "@/lib/db/notifications";
import { queueMail } from "@/lib/mail/queue-mail";
import type { WorkspaceEventType } from "@/lib/webhooks/event-types";
import { interviewPageLink, localeOfPosition, noticeKindByEvent } from "./notification-links";
import { findNotifiedInterview, listNotificationRecipients } from "./notification-recipients";

export type NotifyMembersResult =
  | { skipped: string }
  | { kind: string; notified: number; mailed: number };

/**
 * Tells the members who work on an interview's position what happened to it: a dashboard notice
 * each, and a mail at once for those who chose one mail each. Safe to repeat: a member already
 * told is not told again, and a notice already mailed is not mailed again. The mail is queued;
 * the caller dispatches what it queued (collectQueuedMail).
 */
export async function notifyMembers(options: {
  type: WorkspaceEventType;
  companyId: string;
  interviewId: string;
  now?: Date;
}): Promise<NotifyMembersResult> {
  const kind = noticeKindByEvent[options.type];
  if (!kind) return { skipped: `members are not told of ${options.type}` };
  return notifyMembersOf({ ...options, kind });
}

/** notifyMembers for a notice that is no workspace event (a contest, an accommodation request). */
export async function notifyMembersOf(options: {
  kind: NotificationKind;
  companyId: string;
  interviewId: string;
  now?: Date;
}): Promise<NotifyMembersResult> {
  const { kind } = options;
  const interview = await findNotifiedInterview(options);
  if (!interview) return { skipped: "the interview is gone" };
  if (kind === "report_ready" && interview.reportNeedsReview)
    return { skipped: "report.needs_review tells of this report" };
  const now = options.now ?? new Date();
  const recipients = await listNotificationRecipients({
    companyId: interview.companyId,
    positionId: interview.positionId,
    // Only the hiring team may grant an accommodation: evaluators are not asked.
    withEvaluators: kind !== "accommodation_requested",
  });
  await insertNotifications({
    companyId: interview.companyId,
    interviewId: interview.interviewId,
    kind,
    userIds: recipients.map((recipient) => recipient.userId),
    now,
  });
  let mailed = 0;
  for (const recipient of recipients.filter((r) => r.emailMode === "each")) {
    const isMine = await claimNotificationMail({
      userId: recipient.userId,
      interviewId: interview.interviewId,
      kind,
      now,
    });
    if (!isMine) continue;
    await queueMail({
      kind: "member-notice",
      to: recipient.email,
      locale: localeOfPosition(interview.positionLanguage),
      companyId: interview.companyId,
      props: {
        kind,
        workspaceName: interview.companyName,
        positionTitle: interview.positionTitle,
        link: interviewPageLink(interview.interviewId),
      },
    });
    mailed++;
  }
  return { kind, notified: recipients.length, mailed };
}
