import { announceActivity } from "@/inngest/announce-activity";
import { requireInterviewMember } from "@/lib/auth/require-interview-member";
import { assertScorecardOpen } from "@/lib/compliance/scorecard/human-scorecard";
import { saveHiringDecision } from "@/lib/db/hiring-decisions";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { getReportOrConflict } from "@/lib/review/get-review-target";
import { putDecisionSchema } from "./schema";

// PUT /api/interviews/{id}/decision – a recruiter records advance, hold or reject with a note
// (JSON only, so a cross-site form cannot post it with the session cookie)
export const PUT = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const { member, interview } = await requireInterviewMember(req, {
    interviewId,
    allow: "decision:write",
  });
  const input = putDecisionSchema.parse(await parseJson(req));
  // Without AI scoring there is no report: the interview is ready for a decision once evaluated.
  if (interview.aiScoring) await getReportOrConflict(interviewId);
  else assertScorecardOpen(interview);
  const { decision } = await saveHiringDecision({
    ...input,
    interviewId,
    companyId: member.companyId,
    actorUserId: member.userId,
  });
  await announceActivity([{ type: "decision.made", companyId: member.companyId, interviewId }]);
  return Response.json({ decision });
});

export const { GET, POST, PATCH, DELETE, OPTIONS } = methodsNotServed({ PUT });
