import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { getInterviewOverview } from "@/lib/db/interview-overview";
import { notFound } from "@/lib/http/api-error";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { serializeInterviewFor } from "@/lib/interviews/serialize-interview";

// GET /api/interviews/{id} – the interview with its company, position and question count
export const GET = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const { principal, interview } = await requireInterviewAccess(req, {
    interviewId,
    allow: ["recruiter", "candidate"],
  });
  const overview = await getInterviewOverview({ interview });
  if (!overview) throw notFound("Interview");
  return Response.json({ ...serializeInterviewFor(principal, interview), ...overview });
});
