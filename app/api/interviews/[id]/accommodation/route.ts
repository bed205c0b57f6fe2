import { requireInterviewMember } from "@/lib/auth/require-interview-member";
import { grantAccommodation } from "@/lib/compliance/accommodations/grant-accommodation";
import { toInterviewPreferencesView } from "@/lib/compliance/accommodations/preferences-view";
import { grantAccommodationSchema } from "@/lib/compliance/accommodations/schemas";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";

// POST /api/interviews/{id}/accommodation – the hiring team grants an accommodation (time per
// answer up to 3×, typed answers only, a break) before the candidate starts; audited
export const POST = routeHandler(async ({ req, params }) => {
  const interviewId = uuidParam(params, { name: "id", entity: "Interview" });
  const { member, interview } = await requireInterviewMember(req, {
    interviewId,
    allow: "interview:write",
  });
  const input = grantAccommodationSchema.parse(await parseJson(req));
  const saved = await grantAccommodation({ interview, input, actorUserId: member.userId });
  return Response.json(toInterviewPreferencesView(saved));
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
