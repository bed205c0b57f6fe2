import "server-only";
import type { Interview } from "@/db/schema";
import { ApiError } from "@/lib/http/api-error";

type InviteState = Pick<Interview, "status" | "inviteExpiresAt">;

/**
 * The expiry bounds how long an unused invite can be opened; once the candidate has started,
 * the link keeps working so they can finish and read their report.
 */
export function isInviteUsable(interview: InviteState, now = new Date()): boolean {
  return !(
    interview.status === "expired" ||
    (interview.status === "invited" && interview.inviteExpiresAt <= now)
  );
}

export function assertInviteUsable(interview: InviteState, now = new Date()): void {
  if (isInviteUsable(interview, now)) return;
  throw new ApiError({
    code: "unauthorized",
    message: "This invite link has expired. Ask the recruiter for a new one.",
  });
}
