import { requireMember } from "@/lib/auth/require-user";
import { markNotificationsRead } from "@/lib/db/notifications";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler } from "@/lib/http/route-handler";
import { markNotificationsReadSchema } from "@/lib/notifications/schemas";

// POST /api/notifications/read – mark the caller's own notices read (listed ids, or all)
export const POST = routeHandler(async ({ req }) => {
  const member = await requireMember(req, "interview:read");
  const input = markNotificationsReadSchema.parse(await parseJson(req));
  // Another member's ids match nothing: the count says how many of the caller's changed.
  const marked = await markNotificationsRead({
    companyId: member.companyId,
    userId: member.userId,
    ids: "ids" in input ? input.ids : undefined,
  });
  return Response.json({ marked });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
