import { requireMember } from "@/lib/auth/require-user";
import { expireInvite } from "@/lib/db/interview-invites";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { serializeInterview } from "@/lib/interviews/serialize-interview";

// POST /api/interviews/{id}/expire – a recruiter withdraws an invite the candidate has not used;
// repeating it is harmless, and a started interview answers 409
export const POST = routeHandler(async ({ req, params }) => {
  const member = await requireMember(req, "interview:write");
  const id = uuidParam(params, { name: "id", entity: "Interview" });
  const interview = await expireInvite({ id, companyId: member.companyId });
  return Response.json(serializeInterview(interview));
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
