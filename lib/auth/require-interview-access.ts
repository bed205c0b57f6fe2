import "server-only";
import type { Interview } from "@/db/schema";
import { getInterviewCached } from "@/lib/cache/cached-reads";
import { ApiError, notFound } from "@/lib/http/api-error";
import type { Principal } from "./principal";
import { requirePrincipal } from "./require-user";

type Audience = "candidate" | "recruiter";

/**
 * Loads an interview the caller may see. Another company's interview or another candidate's is
 * answered exactly like a missing one, so ids cannot be probed.
 */
export async function requireInterviewAccess(
  req: Request,
  options: { interviewId: string; allow: readonly Audience[] },
): Promise<{ principal: Principal; interview: Interview }> {
  const principal = await requirePrincipal(req);
  const audience: Audience = principal.kind === "candidate" ? "candidate" : "recruiter";
  if (!options.allow.includes(audience)) {
    throw new ApiError({
      code: "forbidden",
      message:
        audience === "candidate"
          ? "Candidates cannot do this."
          : "Only the candidate holding the invite can do this.",
    });
  }
  if (principal.kind === "user" && !principal.companyId) {
    throw new ApiError({ code: "forbidden", message: "This account belongs to no company." });
  }
  if (principal.kind === "candidate") {
    if (principal.interviewId !== options.interviewId) throw notFound("Interview");
    // Resolving the invite loaded this interview (through the cache) a moment ago.
    return { principal, interview: principal.interview };
  }

  const interview = await getInterviewCached(options.interviewId);
  if (!interview || interview.companyId !== principal.companyId) throw notFound("Interview");
  return { principal, interview };
}
