import "server-only";
import type { Interview } from "@/db/schema";
import { ApiError } from "@/lib/http/api-error";

/**
 * The expiry bounds how long an unused invite can be opened; once the candidate has started,
 * the link keeps working so they can finish and read their report.
 */
export function assertInviteUsable(
  interview: Pick<Interview, "status" | "inviteExpiresAt">,
  now = new Date(),
): void {
  if (
    interview.status === "expired" ||
    (interview.status === "invited" && interview.inviteExpiresAt <= now)
  ) {
    throw new ApiError({
      code: "unauthorized",
      message: "This invite link has expired. Ask the recruiter for a new one.",
    });
  }
}
