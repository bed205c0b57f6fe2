import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  companies,
  members,
  positionAssignments,
  positions,
  type WorkspaceRole,
  workspaceRoles,
} from "@/db/schema";

export type Membership = { role: WorkspaceRole; assignedPositionIds: string[] };

/** The caller's role in one workspace and, for scoped roles, the positions they are assigned to. */
export async function getMembership(options: {
  companyId: string;
  userId: string;
}): Promise<Membership | null> {
  const db = await getDb();
  const [member] = await db
    .select({ role: members.role })
    .from(members)
    .where(and(eq(members.organizationId, options.companyId), eq(members.userId, options.userId)))
    .limit(1);
  // A role better-auth could write but this app does not know (a comma list) grants nothing.
  if (!member || !workspaceRoles.includes(member.role)) return null;
  const assigned = await db
    .select({ positionId: positionAssignments.positionId })
    .from(positionAssignments)
    .innerJoin(positions, eq(positions.id, positionAssignments.positionId))
    .where(
      and(
        eq(positionAssignments.userId, options.userId),
        eq(positions.companyId, options.companyId),
      ),
    );
  return { role: member.role, assignedPositionIds: assigned.map((row) => row.positionId).sort() };
}

/** The workspaces a user belongs to, oldest membership first (the default active one). */
export async function listUserWorkspaces(options: { userId: string }) {
  const db = await getDb();
  return db
    .select({ id: companies.id, name: companies.name, slug: companies.slug, role: members.role })
    .from(members)
    .innerJoin(companies, eq(companies.id, members.organizationId))
    .where(eq(members.userId, options.userId))
    .orderBy(asc(members.createdAt), asc(companies.name));
}

export async function addMember(options: {
  companyId: string;
  userId: string;
  role: WorkspaceRole;
}): Promise<void> {
  const db = await getDb();
  await db
    .insert(members)
    .values({ organizationId: options.companyId, userId: options.userId, role: options.role });
}
