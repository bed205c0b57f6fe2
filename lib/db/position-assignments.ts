import "server-only";
import { and, asc, eq, inArray, notInArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { members, positionAssignments, positions, type WorkspaceRole } from "@/db/schema";
import { invalidateMembershipCache } from "@/lib/cache/invalidate";

/** The members of the position's workspace assigned to it, by user id. */
export async function listPositionAssignees(options: {
  positionId: string;
  companyId: string;
}): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ userId: positionAssignments.userId })
    .from(positionAssignments)
    // A member who left keeps no visible assignment (rows of former members stay until replaced).
    .innerJoin(
      members,
      and(
        eq(members.userId, positionAssignments.userId),
        eq(members.organizationId, options.companyId),
      ),
    )
    .where(eq(positionAssignments.positionId, options.positionId))
    .orderBy(asc(positionAssignments.userId));
  return rows.map((row) => row.userId);
}

/** Each of these users' role in the workspace; users who are not members are absent. */
export async function findMemberRoles(options: {
  companyId: string;
  userIds: readonly string[];
}): Promise<Map<string, WorkspaceRole>> {
  if (options.userIds.length === 0) return new Map();
  const db = await getDb();
  const rows = await db
    .select({ userId: members.userId, role: members.role })
    .from(members)
    .where(
      and(
        eq(members.organizationId, options.companyId),
        inArray(members.userId, [...options.userIds]),
      ),
    );
  return new Map(rows.map((row) => [row.userId, row.role]));
}

/**
 * Makes `userIds` the position's whole assignment list in one transaction; returns who gained and
 * who lost the position, whose cached memberships must go.
 */
export async function replacePositionAssignments(options: {
  positionId: string;
  userIds: readonly string[];
}): Promise<{ added: string[]; removed: string[] }> {
  const db = await getDb();
  const userIds = [...options.userIds];
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(positionAssignments)
      .where(
        and(
          eq(positionAssignments.positionId, options.positionId),
          userIds.length > 0 ? notInArray(positionAssignments.userId, userIds) : undefined,
        ),
      )
      .returning({ userId: positionAssignments.userId });
    const added =
      userIds.length === 0
        ? []
        : await tx
            .insert(positionAssignments)
            .values(userIds.map((userId) => ({ positionId: options.positionId, userId })))
            .onConflictDoNothing()
            .returning({ userId: positionAssignments.userId });
    return {
      added: added.map((row) => row.userId),
      removed: removed.map((row) => row.userId),
    };
  });
}

/**
 * Adds one assignment (the seed's and the tests' path; the API replaces whole lists). The caller
 * has checked the member is an evaluator of the position's workspace.
 */
export async function assignMemberToPosition(options: {
  companyId: string;
  positionId: string;
  userId: string;
}): Promise<void> {
  const db = await getDb();
  await db
    .insert(positionAssignments)
    .values({ positionId: options.positionId, userId: options.userId })
    .onConflictDoNothing();
  await invalidateMembershipCache(options.companyId, options.userId);
}

/** A member leaving a workspace leaves its positions: invited back later, they start unassigned. */
export async function removeWorkspaceAssignments(options: {
  companyId: string;
  userId: string;
}): Promise<void> {
  const db = await getDb();
  const workspacePositions = db
    .select({ id: positions.id })
    .from(positions)
    .where(eq(positions.companyId, options.companyId));
  await db
    .delete(positionAssignments)
    .where(
      and(
        eq(positionAssignments.userId, options.userId),
        inArray(positionAssignments.positionId, workspacePositions),
      ),
    );
}
