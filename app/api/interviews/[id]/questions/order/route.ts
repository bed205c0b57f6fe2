import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { reorderInterviewQuestions } from "@/lib/db/interview-questions";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { reorderQuestionsSchema } from "../schema";

// PUT /api/interviews/{id}/questions/order – a recruiter sets the question order before the start
export const PUT = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  await requireInterviewAccess(req, { interviewId, allow: ["interview:write"] });
  const { questionIds } = reorderQuestionsSchema.parse(await parseJson(req));
  const questions = await reorderInterviewQuestions({ interviewId, questionIds });
  return Response.json({ questions });
});

export const { GET, POST, PATCH, DELETE, OPTIONS } = methodsNotServed({ PUT });
