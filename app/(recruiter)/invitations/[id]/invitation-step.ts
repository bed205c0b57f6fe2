import type { InvitationLookup } from "./invitation-schema";

/** What the invitation page offers its visitor. */
export type InvitationStep =
  | "accepted"
  | "withdrawn"
  | "expired"
  | "create-account"
  | "sign-in"
  | "accept-signed-in"
  | "wrong-account";

/**
 * Decides the page from the invitation and who is signed in (their email, or null). A closed
 * invitation says so to everyone; an open one is accepted only by the invited address.
 */
export function toInvitationStep(options: {
  lookup: InvitationLookup;
  signedInEmail: string | null;
  now: Date;
}): InvitationStep {
  const { invitation, accountExists } = options.lookup;
  if (invitation.status === "accepted") return "accepted";
  if (invitation.status === "canceled" || invitation.status === "rejected") return "withdrawn";
  if (invitation.status !== "pending" || invitation.expiresAt <= options.now) return "expired";
  if (options.signedInEmail !== null) {
    return options.signedInEmail.toLowerCase() === invitation.email.toLowerCase()
      ? "accept-signed-in"
      : "wrong-account";
  }
  return accountExists ? "sign-in" : "create-account";
}
