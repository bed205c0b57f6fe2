import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { members, users } from "@/db/schema";

/** The owners and admins of a workspace: who is told when something of the workspace breaks. */
export async function listWorkspaceAdmins(options: { companyId: string }) {
  const db = await getDb();
  return db
    .select({ userId: users.id, email: users.email })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(
      and(eq(members.organizationId, options.companyId), inArray(members.role, ["owner", "admin"])),
    );
}
