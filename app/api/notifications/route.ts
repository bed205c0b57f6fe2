import { requireMember } from "@/lib/auth/require-user";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler } from "@/lib/http/route-handler";
import { getMemberNotifications } from "@/lib/notifications/member-notifications";

// GET /api/notifications – the caller's latest 20 notices in their workspace, unread first
export const GET = routeHandler(async ({ req }) => {
  const member = await requireMember(req, "interview:read");
  return Response.json(await getMemberNotifications(member));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
