import "server-only";
import { claimPendingInvitation, releaseClaimedInvitation } from "@/lib/db/workspace-invitations";
import { DomainError, isDomainError, notFoundError } from "@/lib/domain-error";
import { createWorkspaceUser } from "./create-workspace-user";
import { getInvitationView } from "./get-invitation-view";
import type { AcceptInvitationAsNewUserInput } from "./schemas";

const closedMessages = {
  accepted: "This invitation has already been accepted: sign in.",
  rejected: "This invitation was declined; ask for a new one.",
  canceled: "This invitation was withdrawn; ask for a new one.",
  expired: "This invitation has expired; ask for a new one.",
} as const;

const accountExists = () =>
  new DomainError({
    kind: "conflict",
    message: "An account with this address exists: sign in, then accept the invitation.",
  });

/** A unique violation (SQLSTATE 23505), as pg or PGlite reports it, possibly wrapped by drizzle. */
function isUniqueViolation(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if ((cause as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

/**
 * An invitee without an account creates it from their invitation: the link was mailed to the
 * invited address, so the address counts as verified. The invitation is claimed before the
 * account is made, so a replayed or raced accept gets a conflict and never a second membership;
 * if the account cannot be made, the invitation is given back.
 */
export async function acceptInvitationAsNewUser(
  options: AcceptInvitationAsNewUserInput & { invitationId: string; now?: Date },
) {
  const now = options.now ?? new Date();
  const view = await getInvitationView({ id: options.invitationId, now });
  if (!view) throw notFoundError("Invitation");
  const { invitation } = view;
  if (invitation.status !== "pending") {
    throw new DomainError({ kind: "conflict", message: closedMessages[invitation.status] });
  }
  if (view.accountExists) throw accountExists();
  const claimed = await claimPendingInvitation({ id: invitation.id, now });
  if (!claimed) throw new DomainError({ kind: "conflict", message: closedMessages.accepted });
  try {
    const { user, company } = await createWorkspaceUser({
      email: claimed.email,
      name: options.name,
      password: options.password,
      workspace: { companyId: claimed.organizationId },
      role: invitation.role,
      onExistingUser: "refuse",
    });
    return { user, company, role: invitation.role };
  } catch (error) {
    await releaseClaimedInvitation({ id: claimed.id });
    if (isDomainError(error, "conflict") || isUniqueViolation(error)) throw accountExists();
    throw error;
  }
}
