import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { getExplanation } from "@/lib/compliance/explanation/load-explanation";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";

// GET /api/interviews/{id}/explanation – the candidate (or the hiring team) reads how the result
// came about, once the company allows it (409 explanation_not_available says when)
export const GET = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const { interview } = await requireInterviewAccess(req, {
    interviewId,
    allow: ["candidate", "interview:read"],
  });
  return Response.json(await getExplanation({ interview }));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
