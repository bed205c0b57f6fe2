import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { decideFollowUp } from "@/lib/interviews/decide-follow-up";
import { toQuestionResponse } from "../../question-response";

// POST /api/interviews/{id}/questions/{questionId}/follow-up – the follow-up to ask after an answer, or null
export const POST = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const { interview } = await requireInterviewAccess(req, { interviewId, allow: ["candidate"] });
  const questionId = uuidParam(params, { name: "questionId", entity: "Question" });
  const followUp = await decideFollowUp({ interview, questionId });
  return Response.json({ followUp: followUp && toQuestionResponse(followUp) });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
