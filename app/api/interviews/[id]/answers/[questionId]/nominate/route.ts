import { requireInterviewMember } from "@/lib/auth/require-interview-member";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { nominateAnswer } from "@/lib/review/nominate-answer";
import { nominateAnswerSchema } from "./schema";

// POST /api/interviews/{id}/answers/{questionId}/nominate – a recruiter puts an evaluated answer
// into the answer bank, approved by them: the only way an offline-scored answer gets there (JSON
// only, so a cross-site form cannot post it with the session cookie)
export const POST = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const questionId = uuidParam(params, { name: "questionId", entity: "Question" });
  const { member } = await requireInterviewMember(req, { interviewId, allow: "position:write" });
  const input = nominateAnswerSchema.parse(await parseJson(req));
  const { isNew, ...answer } = await nominateAnswer({
    interviewId,
    questionId,
    actorUserId: member.userId,
    reason: input.reason,
  });
  return Response.json({ answer }, { status: isNew ? 201 : 200 });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
