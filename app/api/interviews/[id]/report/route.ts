import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { getReportCached } from "@/lib/cache/cached-reads";
import { ApiError } from "@/lib/http/api-error";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { getCandidateReport } from "@/lib/review/get-candidate-report";

// GET /api/interviews/{id}/report – the evaluation report; 404 until the pipeline has built it.
// The candidate gets only what their company shares (none, feedback or full), filtered here.
export const GET = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const { principal, interview } = await requireInterviewAccess(req, {
    interviewId,
    allow: ["recruiter", "candidate"],
  });
  const report = await getReportCached(interviewId);
  if (!report) {
    throw new ApiError({
      code: "not_found",
      message: `The report is not ready yet (interview status: ${interview.status}).`,
    });
  }
  if (principal.kind === "candidate") {
    return Response.json(await getCandidateReport({ interview, data: report }));
  }
  return Response.json(report);
});
