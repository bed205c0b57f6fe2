import "server-only";
import { and, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interviews, type NotificationKind, notifications, positions } from "@/db/schema";

/** One notice per member; a member already told of this interview and kind is skipped. */
export async function insertNotifications(options: {
  companyId: string;
  interviewId: string;
  kind: NotificationKind;
  userIds: readonly string[];
  now: Date;
}): Promise<void> {
  if (options.userIds.length === 0) return;
  const db = await getDb();
  await db
    .insert(notifications)
    .values(
      options.userIds.map((userId) => ({
        companyId: options.companyId,
        userId,
        interviewId: options.interviewId,
        kind: options.kind,
        createdAt: options.now,
      })),
    )
    .onConflictDoNothing();
}

/**
 * Takes a member's notice for its own mail: true for exactly one caller, so a retried run never
 * mails it twice (at most once: a run that dies after the claim sends nothing).
 */
export async function claimNotificationMail(options: {
  userId: string;
  interviewId: string;
  kind: NotificationKind;
  now: Date;
}): Promise<boolean> {
  const db = await getDb();
  const claimed = await db
    .update(notifications)
    .set({ mailedAt: options.now })
    .where(
      and(
        eq(notifications.userId, options.userId),
        eq(notifications.interviewId, options.interviewId),
        eq(notifications.kind, options.kind),
        isNull(notifications.mailedAt),
      ),
    )
    .returning({ id: notifications.id });
  return claimed.length > 0;
}

type MemberScope = {
  companyId: string;
  userId: string;
  /** The positions the member sees now (evaluators); undefined for all. */
  positionIds?: readonly string[];
};

/** A member's notices in one workspace, on interviews they may still open. */
function visibleTo(scope: MemberScope): SQL | undefined {
  return and(
    eq(notifications.companyId, scope.companyId),
    eq(notifications.userId, scope.userId),
    scope.positionIds ? inArray(interviews.positionId, [...scope.positionIds]) : undefined,
  );
}

/** The latest notices, unread first, each with what the dashboard shows of its interview. */
export async function listMemberNotifications(scope: MemberScope & { limit: number }) {
  if (scope.positionIds?.length === 0) return [];
  const db = await getDb();
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      interviewId: notifications.interviewId,
      candidateName: interviews.candidateName,
      positionTitle: positions.title,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .innerJoin(interviews, eq(interviews.id, notifications.interviewId))
    .innerJoin(positions, eq(positions.id, interviews.positionId))
    .where(visibleTo(scope))
    .orderBy(sql`${notifications.readAt} is null desc`, desc(notifications.createdAt))
    .limit(scope.limit);
}

export async function countUnreadNotifications(scope: MemberScope): Promise<number> {
  if (scope.positionIds?.length === 0) return 0;
  const db = await getDb();
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(notifications)
    .innerJoin(interviews, eq(interviews.id, notifications.interviewId))
    .where(and(visibleTo(scope), isNull(notifications.readAt)));
  return row?.count ?? 0;
}

/** Marks the member's own notices read (the listed ones, or all); others' ids match nothing. */
export async function markNotificationsRead(options: {
  companyId: string;
  userId: string;
  ids?: readonly string[];
  now?: Date;
}): Promise<number> {
  const db = await getDb();
  const marked = await db
    .update(notifications)
    .set({ readAt: options.now ?? new Date() })
    .where(
      and(
        eq(notifications.companyId, options.companyId),
        eq(notifications.userId, options.userId),
        isNull(notifications.readAt),
        options.ids ? inArray(notifications.id, [...options.ids]) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return marked.length;
}
