import "server-only";
import { workspaceRoles } from "@/db/schema";
import { getUserByEmail } from "@/lib/db/users";
import { getInvitationWithNames } from "@/lib/db/workspace-invitations";
import type { InvitationView } from "./schemas";

/**
 * What the holder of an invitation link may know: the workspace, who invited which address with
 * which role, whether it can still be accepted, and whether that address already has an account
 * (sign in and accept) or not (create it with the link). Null when there is no such invitation, or
 * its role is one this app does not know (better-auth accepts comma lists).
 */
export async function getInvitationView(options: {
  id: string;
  now?: Date;
}): Promise<InvitationView | null> {
  const found = await getInvitationWithNames({ id: options.id });
  const role = workspaceRoles.find((known) => known === found?.invitation.role);
  if (!found || !role) return null;
  const { invitation } = found;
  const now = options.now ?? new Date();
  const isExpired = invitation.status === "pending" && invitation.expiresAt <= now;
  return {
    invitation: {
      id: invitation.id,
      workspaceName: found.workspaceName,
      email: invitation.email,
      role,
      status: isExpired ? "expired" : invitation.status,
      expiresAt: invitation.expiresAt.toISOString(),
      inviterName: found.inviterName,
    },
    accountExists: (await getUserByEmail({ email: invitation.email })) !== null,
  };
}
