import "server-only";
import { visiblePositionIds } from "@/lib/auth/require-interview-access";
import type { MemberPrincipal } from "@/lib/auth/require-user";
import { countUnreadNotifications, listMemberNotifications } from "@/lib/db/notifications";
import type { NotificationView } from "./schemas";

const shownCount = 20;

function scopeOf(member: MemberPrincipal) {
  return {
    companyId: member.companyId,
    userId: member.userId,
    positionIds: visiblePositionIds(member),
  };
}

/** The nav's badge: the member's unread notices they may still open. */
export function countMemberUnreadNotifications(member: MemberPrincipal): Promise<number> {
  return countUnreadNotifications(scopeOf(member));
}

/**
 * The member's own notices in their active workspace, unread first, then newest: only those on
 * interviews they may open now (an evaluator taken off a position no longer sees its interviews).
 */
export async function getMemberNotifications(member: MemberPrincipal) {
  const scope = scopeOf(member);
  const [rows, unreadCount] = await Promise.all([
    listMemberNotifications({ ...scope, limit: shownCount }),
    countUnreadNotifications(scope),
  ]);
  const notifications: NotificationView[] = rows.map((row) => ({
    ...row,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  }));
  return { notifications, unreadCount };
}
