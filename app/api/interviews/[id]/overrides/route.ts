import { requireInterviewMember } from "@/lib/auth/require-interview-member";
import { clearScoreOverride, saveScoreOverride } from "@/lib/db/score-overrides";
import { notFound } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { getReviewTargetOrThrow } from "@/lib/review/get-review-target";
import { deleteOverrideSchema, putOverrideSchema } from "./schema";

// Writes take a JSON body (parseJson refuses other content types), so a cross-site form cannot
// send them with the recruiter's cookie: a cross-origin JSON request needs a CORS preflight.
async function authorize(req: Request, params: Record<string, string | string[] | undefined>) {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const { member } = await requireInterviewMember(req, { interviewId, allow: "review:write" });
  return { interviewId, member };
}

// PUT /api/interviews/{id}/overrides – a recruiter replaces an answer or competency score, with a reason
export const PUT = routeHandler(async ({ req, params }) => {
  const { interviewId, member } = await authorize(req, params);
  const input = putOverrideSchema.parse(await parseJson(req));
  const target = input.kind === "answer" ? input.target.toLowerCase() : input.target;
  const { aiScore, subject } = await getReviewTargetOrThrow({ interviewId, ...input, target });
  const { override } = await saveScoreOverride({
    ...input,
    target,
    interviewId,
    companyId: member.companyId,
    actorUserId: member.userId,
    aiScore,
    subject,
  });
  return Response.json({ override: { ...override, aiScore } });
});

// DELETE /api/interviews/{id}/overrides – a recruiter clears a human score (the AI's stands), with a reason
export const DELETE = routeHandler(async ({ req, params }) => {
  const { interviewId, member } = await authorize(req, params);
  const input = deleteOverrideSchema.parse(await parseJson(req));
  const target = input.kind === "answer" ? input.target.toLowerCase() : input.target;
  const { aiScore, subject } = await getReviewTargetOrThrow({ interviewId, ...input, target });
  const removed = await clearScoreOverride({
    ...input,
    target,
    interviewId,
    companyId: member.companyId,
    actorUserId: member.userId,
    aiScore,
    subject,
  });
  if (!removed) throw notFound("Override");
  return Response.json({ cleared: { kind: removed.kind, target: removed.target }, aiScore });
});

export const { GET, POST, PATCH, OPTIONS } = methodsNotServed({ PUT, DELETE });
