import "server-only";
import type { Interview } from "@/db/schema";
import { requireInterviewAccess } from "./require-interview-access";
import { assertMemberMay, type MemberPrincipal } from "./require-user";
import type { Permission } from "./workspace-access";

/** A member allowed `allow` on the interview (for writes by the hiring team), with the interview. */
export async function requireInterviewMember(
  req: Request,
  options: { interviewId: string; allow: Permission },
): Promise<{ member: MemberPrincipal; interview: Interview }> {
  const { principal, interview } = await requireInterviewAccess(req, {
    interviewId: options.interviewId,
    allow: [options.allow],
  });
  // requireInterviewAccess refused candidates; this narrows the type.
  if (principal.kind !== "user") throw new Error("A candidate passed a members-only check.");
  return { member: assertMemberMay(principal, options.allow), interview };
}
