import { announceActivity } from "@/inngest/announce-activity";
import { requireInterviewMember } from "@/lib/auth/require-interview-member";
import { eraseInterviewData } from "@/lib/data-rights/erase-interview-data";
import { isErasureConfirmed } from "@/lib/data-rights/is-erasure-confirmed";
import { getInterviewExternalRefs } from "@/lib/db/interview-external-refs";
import { ApiError } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { eraseInterviewSchema } from "./schema";

// POST /api/interviews/{id}/erase – deletes everything held about the candidate's interview
// (rows, banked answers, recordings, cache, job records) and keeps one audit row without PII.
// A POST with a JSON confirmation rather than DELETE /api/interviews/{id}: a stray call erases nothing.
export const POST = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const { member, interview } = await requireInterviewMember(req, {
    interviewId,
    allow: "candidate-data:manage",
  });
  const { confirm } = eraseInterviewSchema.parse(await parseJson(req));
  if (!isErasureConfirmed({ confirm, interview })) {
    throw new ApiError({
      code: "unprocessable_entity",
      message: "confirm: type the candidate's email or the interview id exactly.",
    });
  }
  // Read before the erase: afterwards only these ids may still be told to the workspace's ATS.
  const refs = await getInterviewExternalRefs({ interviewId, companyId: member.companyId });
  const deletion = await eraseInterviewData({
    interviewId,
    companyId: member.companyId,
    requestedByUserId: member.userId,
    reason: "request",
  });
  if (refs) {
    const { positionId, externalJobId, externalCandidateId, externalApplicationId } = refs;
    await announceActivity([
      {
        type: "candidate.erased",
        companyId: member.companyId,
        interviewId,
        external: { positionId, externalJobId, externalCandidateId, externalApplicationId },
      },
    ]);
  }
  return Response.json({ deletion });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
