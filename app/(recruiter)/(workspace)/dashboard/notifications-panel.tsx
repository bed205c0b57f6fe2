import Link from "next/link";
import { Panel } from "@/app/_components/panel";
import type { MemberPrincipal } from "@/lib/auth/require-user";
import { getMemberNotifications } from "@/lib/notifications/member-notifications";
import { linkClass } from "../../_components/page-header";
import { NotificationList } from "./notification-list";

// In UTC, so the server's render and the browser's hydration print the same text.
const noticeTimeFormat = new Intl.DateTimeFormat("en", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/** The member's own latest notices in this workspace, on interviews they may open now. */
export async function NotificationsPanel({ member }: { member: MemberPrincipal }) {
  const { notifications, unreadCount } = await getMemberNotifications(member);
  return (
    <Panel
      heading={unreadCount > 0 ? `Notifications (${unreadCount} unread)` : "Notifications"}
      tone="plain"
      className="mt-8"
      actions={
        <Link href="/settings/notifications" className={linkClass}>
          Email settings
        </Link>
      }
    >
      <NotificationList
        unreadCount={unreadCount}
        notices={notifications.map((notice) => ({
          id: notice.id,
          kind: notice.kind,
          interviewId: notice.interviewId,
          candidateName: notice.candidateName,
          positionTitle: notice.positionTitle,
          isUnread: notice.readAt === null,
          when: `${noticeTimeFormat.format(new Date(notice.createdAt))} UTC`,
        }))}
      />
    </Panel>
  );
}
