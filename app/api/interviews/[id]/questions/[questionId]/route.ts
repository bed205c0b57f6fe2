import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { updateInterviewQuestion } from "@/lib/db/interview-questions";
import { notFound } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { updateQuestionSchema } from "../schema";

// PATCH /api/interviews/{id}/questions/{questionId} – a recruiter rewords a question before the start
export const PATCH = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  await requireInterviewAccess(req, { interviewId, allow: ["interview:write"] });
  const questionId = uuidParam(params, { name: "questionId", entity: "Question" });
  const changes = updateQuestionSchema.parse(await parseJson(req));
  const question = await updateInterviewQuestion({ interviewId, questionId, changes });
  if (!question) throw notFound("Question");
  return Response.json(question);
});

export const { GET, POST, PUT, DELETE, OPTIONS } = methodsNotServed({ PATCH });
