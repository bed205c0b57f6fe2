import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { getInterviewReview } from "@/lib/review/get-interview-review";

// GET /api/interviews/{id}/review – the human review: overrides, decision, bank answers and the
// audit trail (newest first, with each actor's name)
export const GET = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  await requireInterviewAccess(req, { interviewId, allow: ["interview:read"] });
  return Response.json(await getInterviewReview({ interviewId }));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
