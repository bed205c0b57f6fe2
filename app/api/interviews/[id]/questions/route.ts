import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { listInterviewQuestionsCached } from "@/lib/cache/cached-reads";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";

// GET /api/interviews/{id}/questions – the questions in order, for the candidate or a recruiter
export const GET = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  await requireInterviewAccess(req, { interviewId, allow: ["recruiter", "candidate"] });
  const questions = await listInterviewQuestionsCached(interviewId);
  return Response.json({
    questions: questions.map(({ id, order, content, category, competency }) => ({
      id,
      order,
      content,
      category,
      competency,
    })),
  });
});
