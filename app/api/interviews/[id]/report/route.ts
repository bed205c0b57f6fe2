import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { getReportCached } from "@/lib/cache/cached-reads";
import { ApiError } from "@/lib/http/api-error";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";

// GET /api/interviews/{id}/report – the evaluation report; 404 until the pipeline has built it
export const GET = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const { interview } = await requireInterviewAccess(req, {
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
  return Response.json(report);
});
