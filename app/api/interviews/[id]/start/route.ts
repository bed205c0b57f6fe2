import { announceActivity } from "@/inngest/announce-activity";
import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { recordNoticeAtStart } from "@/lib/compliance/notice/record-notice-at-start";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { startInterview } from "@/lib/interviews/interview-lifecycle";
import { serializeInterviewForCandidate } from "@/lib/interviews/serialize-interview";

// POST /api/interviews/{id}/start – the candidate begins (repeatable while in progress)
export const POST = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const { interview } = await requireInterviewAccess(req, { interviewId, allow: ["candidate"] });
  await recordNoticeAtStart({ interview });
  const started = await startInterview(interview);
  // Only the request that moved it from invited (a repeated start announces nothing).
  if (interview.status === "invited") {
    await announceActivity([
      { type: "interview.started", companyId: started.companyId, interviewId: started.id },
    ]);
  }
  return Response.json(serializeInterviewForCandidate(started));
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
