import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { listInterviewQuestionsCached } from "@/lib/cache/cached-reads";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { toQuestionResponse } from "./question-response";

// GET /api/interviews/{id}/questions – the questions in thread order (each main question, then its follow-ups)
export const GET = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  await requireInterviewAccess(req, { interviewId, allow: ["candidate", "interview:read"] });
  const questions = await listInterviewQuestionsCached(interviewId);
  return Response.json({ questions: questions.map(toQuestionResponse) });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
