import "server-only";
import type { Interview } from "@/db/schema";
import { ApiError } from "@/lib/http/api-error";
import { requireInterviewAccess } from "./require-interview-access";
import type { RecruiterPrincipal } from "./require-user";

/** A recruiter of the interview's company (for review writes), with the interview. */
export async function requireInterviewRecruiter(
  req: Request,
  options: { interviewId: string },
): Promise<{ recruiter: RecruiterPrincipal; interview: Interview }> {
  const { principal, interview } = await requireInterviewAccess(req, {
    interviewId: options.interviewId,
    allow: ["recruiter"],
  });
  // requireInterviewAccess already refused candidates and company-less users; this narrows the type.
  if (principal.kind !== "user" || !principal.companyId) {
    throw new ApiError({ code: "forbidden", message: "This needs a recruiter account." });
  }
  return { recruiter: { ...principal, companyId: principal.companyId }, interview };
}
