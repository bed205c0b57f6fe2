import { requireInterviewAccess } from "@/lib/auth/require-interview-access";
import { assertSelfIdentificationOpen } from "@/lib/compliance/self-identification/self-identification-window";
import { upsertSelfIdentification } from "@/lib/db/self-identifications";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { postSelfIdentificationSchema } from "./schema";

// POST /api/interviews/{id}/self-identification – the candidate's voluntary sex and race/ethnicity
// after the interview, stored apart from it for the adverse-impact totals; sending again replaces it
export const POST = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const { interview } = await requireInterviewAccess(req, { interviewId, allow: ["candidate"] });
  const input = postSelfIdentificationSchema.parse(await parseJson(req));
  assertSelfIdentificationOpen(interview);
  const answers = { sex: input.sex ?? null, raceEthnicity: input.raceEthnicity ?? null };
  await upsertSelfIdentification({
    companyId: interview.companyId,
    positionId: interview.positionId,
    interviewId,
    answers,
  });
  return Response.json({ selfIdentification: answers });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
