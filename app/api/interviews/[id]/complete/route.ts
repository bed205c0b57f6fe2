import { announceCompletions } from "@/inngest/announce-completion";
import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { completeInterview } from "@/lib/interviews/interview-lifecycle";
import { serializeInterviewForCandidate } from "@/lib/interviews/serialize-interview";

// POST /api/interviews/{id}/complete – the candidate finishes (repeatable once done); evaluation starts
export const POST = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const { interview } = await requireInterviewAccess(req, { interviewId, allow: ["candidate"] });
  const { interview: completed, completion } = await completeInterview(interview);
  await announceCompletions([completion]);
  return Response.json(serializeInterviewForCandidate(completed));
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
