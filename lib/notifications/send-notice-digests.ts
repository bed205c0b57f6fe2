import "server-only";
import { type ClaimedDigestNotice, claimDigestNotices } from "@/lib/db/notice-digests";
import { queueMail } from "@/lib/mail/queue-mail";
import { latestDigestTime } from "./digest-time";
import { dashboardLink, interviewPageLink, localeOfPosition } from "./notification-links";

function groupByMemberAndWorkspace(notices: ClaimedDigestNotice[]) {
  const groups = new Map<string, ClaimedDigestNotice[]>();
  for (const notice of notices) {
    const key = `${notice.companyId}:${notice.userId}`;
    groups.set(key, [...(groups.get(key) ?? []), notice]);
  }
  return [...groups.values()];
}

/**
 * The daily digest: one mail per member and workspace listing their notices made before today's
 * digest time (08:00 UTC) and not mailed yet. Runs any number of times a day (the maintenance
 * timer, Inngest's cron): only the first run after the digest time finds anything to send.
 * Queues the mail; the caller dispatches it.
 */
export async function sendNoticeDigests(options: { now?: Date } = {}) {
  const now = options.now ?? new Date();
  const notices = await claimDigestNotices({ cutoff: latestDigestTime(now), now });
  const groups = groupByMemberAndWorkspace(notices);
  for (const group of groups) {
    const [first] = group;
    if (!first) continue;
    await queueMail({
      kind: "member-notice-digest",
      to: first.email,
      locale: localeOfPosition(first.positionLanguage),
      companyId: first.companyId,
      props: {
        workspaceName: first.workspaceName,
        notices: group.slice(0, 100).map((notice) => ({
          kind: notice.kind,
          positionTitle: notice.positionTitle,
          link: interviewPageLink(notice.interviewId),
        })),
        link: dashboardLink(),
      },
    });
  }
  return { digests: groups.length, notices: notices.length };
}
