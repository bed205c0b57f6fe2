import { requireMember } from "@/lib/auth/require-user";
import { reviewBankAnswer } from "@/lib/db/answer-bank-review";
import { notFound } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { reviewBankAnswerSchema } from "./schema";

// POST /api/answer-bank/{id}/review – a recruiter approves or rejects a banked answer of their
// company (JSON only, so a cross-site form cannot post it with the session cookie)
export const POST = routeHandler(async ({ req, params }) => {
  const member = await requireMember(req, "position:write");
  const id = uuidParam(params, { name: "id", entity: "Answer" });
  const input = reviewBankAnswerSchema.parse(await parseJson(req));
  const result = await reviewBankAnswer({
    id,
    companyId: member.companyId,
    status: input.status,
    reason: input.reason,
    actorUserId: member.userId,
  });
  if (!result) throw notFound("Answer");
  return Response.json({ answer: { id: result.id, status: result.status } });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
