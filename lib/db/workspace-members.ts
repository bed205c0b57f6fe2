import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { invitations, members, users } from "@/db/schema";

/** A workspace's members with their names and addresses, for the members settings page. */
export async function listWorkspaceMembers(options: { companyId: string }) {
  const db = await getDb();
  return db
    .select({
      id: members.id,
      userId: members.userId,
      name: users.name,
      email: users.email,
      role: members.role,
      joinedAt: members.createdAt,
    })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(members.organizationId, options.companyId))
    .orderBy(asc(members.createdAt), asc(users.name));
}

/** Invitations not yet accepted, revoked or replaced; expired ones stay listed to be resent. */
export async function listPendingInvitations(options: { companyId: string }) {
  const db = await getDb();
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .where(
      and(eq(invitations.organizationId, options.companyId), eq(invitations.status, "pending")),
    )
    .orderBy(asc(invitations.expiresAt));
}
