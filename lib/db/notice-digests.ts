import "server-only";
import { and, eq, exists, gte, inArray, isNull, lt, not, or } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  companies,
  interviews,
  members,
  notificationSettings,
  notifications,
  positionAssignments,
  positions,
  users,
  workspaceRoles,
} from "@/db/schema";
import { isScopedToAssignedPositions } from "@/lib/auth/workspace-access";

const assignedOnlyRoles = workspaceRoles.filter(isScopedToAssignedPositions);

/**
 * Takes every notice a digest member should get in the digest of `cutoff`: made before it, since
 * they chose the digest, not mailed yet, on an interview they may still open. One statement marks
 * them mailed, so two runs never both take one; returns what each mail lists.
 */
export async function claimDigestNotices(options: { cutoff: Date; now: Date }) {
  const db = await getDb();
  const due = db
    .select({ id: notifications.id })
    .from(notifications)
    .innerJoin(
      notificationSettings,
      and(
        eq(notificationSettings.companyId, notifications.companyId),
        eq(notificationSettings.userId, notifications.userId),
      ),
    )
    .innerJoin(
      members,
      and(
        eq(members.organizationId, notifications.companyId),
        eq(members.userId, notifications.userId),
      ),
    )
    .innerJoin(interviews, eq(interviews.id, notifications.interviewId))
    .where(
      and(
        eq(notificationSettings.emailMode, "daily_digest"),
        gte(notifications.createdAt, notificationSettings.updatedAt),
        lt(notifications.createdAt, options.cutoff),
        isNull(notifications.mailedAt),
        or(
          not(inArray(members.role, assignedOnlyRoles)),
          exists(
            db
              .select({ positionId: positionAssignments.positionId })
              .from(positionAssignments)
              .where(
                and(
                  eq(positionAssignments.positionId, interviews.positionId),
                  eq(positionAssignments.userId, notifications.userId),
                ),
              ),
          ),
        ),
      ),
    );
  const claimed = await db
    .update(notifications)
    .set({ mailedAt: options.now })
    .where(and(inArray(notifications.id, due), isNull(notifications.mailedAt)))
    .returning({ id: notifications.id });
  if (claimed.length === 0) return [];
  return db
    .select({
      userId: notifications.userId,
      email: users.email,
      companyId: notifications.companyId,
      workspaceName: companies.name,
      interviewId: notifications.interviewId,
      kind: notifications.kind,
      positionTitle: positions.title,
      positionLanguage: positions.language,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .innerJoin(companies, eq(companies.id, notifications.companyId))
    .innerJoin(interviews, eq(interviews.id, notifications.interviewId))
    .innerJoin(positions, eq(positions.id, interviews.positionId))
    .where(
      inArray(
        notifications.id,
        claimed.map((row) => row.id),
      ),
    )
    .orderBy(notifications.createdAt);
}

export type ClaimedDigestNotice = Awaited<ReturnType<typeof claimDigestNotices>>[number];
