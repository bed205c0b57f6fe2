import "server-only";
import type { Interview } from "@/db/schema";
import { getInterviewCached } from "@/lib/cache/cached-reads";
import { ApiError, notFound } from "@/lib/http/api-error";
import type { Principal } from "./principal";
import { assertMemberMay, type MemberPrincipal, requirePrincipal } from "./require-user";
import { isScopedToAssignedPositions, type Permission } from "./workspace-access";

/** Who a route lets in: the candidate holding the invite, and/or members holding one permission. */
export type InterviewAudience = "candidate" | Permission;

/** True when a member may see interviews of this position (evaluators: only assigned ones). */
export function memberSeesPosition(member: MemberPrincipal, positionId: string | null): boolean {
  if (!isScopedToAssignedPositions(member.role)) return true;
  return positionId !== null && member.assignedPositionIds.includes(positionId);
}

/**
 * Loads an interview the caller may see. Another workspace's interview, another candidate's, or
 * (for an evaluator) one of a position they are not assigned to is answered exactly like a missing
 * one, so ids cannot be probed.
 */
export async function requireInterviewAccess(
  req: Request,
  options: { interviewId: string; allow: readonly InterviewAudience[] },
): Promise<{ principal: Principal; interview: Interview }> {
  const principal = await requirePrincipal(req);
  if (principal.kind === "candidate") {
    if (!options.allow.includes("candidate")) {
      throw new ApiError({ code: "forbidden", message: "Candidates cannot do this." });
    }
    if (principal.interviewId !== options.interviewId) throw notFound("Interview");
    // Resolving the invite loaded this interview (through the cache) a moment ago.
    return { principal, interview: principal.interview };
  }
  const permission = options.allow.find((audience) => audience !== "candidate");
  if (!permission) {
    throw new ApiError({
      code: "forbidden",
      message: "Only the candidate holding the invite can do this.",
    });
  }
  const member = assertMemberMay(principal, permission);
  const interview = await getInterviewCached(options.interviewId);
  if (
    !interview ||
    interview.companyId !== member.companyId ||
    !memberSeesPosition(member, interview.positionId)
  ) {
    throw notFound("Interview");
  }
  return { principal: member, interview };
}

/** The positions a list may show the member: undefined for all, the assignments when scoped. */
export function visiblePositionIds(member: MemberPrincipal): string[] | undefined {
  return isScopedToAssignedPositions(member.role) ? member.assignedPositionIds : undefined;
}
