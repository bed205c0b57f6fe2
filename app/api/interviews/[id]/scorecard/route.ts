import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { requireInterviewMember } from "@/lib/auth/require-interview-member";
import {
  assertScorecardOpen,
  loadHumanScorecard,
  saveHumanScorecard,
} from "@/lib/compliance/scorecard/human-scorecard";
import { humanScorecardSchema } from "@/lib/compliance/scorecard/schemas";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { putScorecardSchema } from "./schema";

// GET /api/interviews/{id}/scorecard – the human scorecard of an interview without AI scoring:
// each competency's rubric criteria with their anchors, the points and quotes so far, the sums
export const GET = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const { interview } = await requireInterviewAccess(req, {
    interviewId,
    allow: ["interview:read"],
  });
  assertScorecardOpen(interview);
  const { scorecard } = await loadHumanScorecard({ interviewId });
  return Response.json({ scorecard: humanScorecardSchema.parse(scorecard) });
});

// PUT /api/interviews/{id}/scorecard – a recruiter sets 1–5 and a quote on scorecard criteria
// (a JSON body: a cross-site form cannot send it with the recruiter's cookie)
export const PUT = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const { member, interview } = await requireInterviewMember(req, {
    interviewId,
    allow: "review:write",
  });
  const input = putScorecardSchema.parse(await parseJson(req));
  const scorecard = await saveHumanScorecard({
    interview,
    actorUserId: member.userId,
    entries: input.entries,
  });
  return Response.json({ scorecard: humanScorecardSchema.parse(scorecard) });
});

export const { POST, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET, PUT });
