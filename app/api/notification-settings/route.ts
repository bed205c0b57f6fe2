import { requireMember } from "@/lib/auth/require-user";
import { getNotificationEmailMode, setNotificationEmailMode } from "@/lib/db/notification-settings";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler } from "@/lib/http/route-handler";
import { type NotificationSettings, notificationSettingsSchema } from "@/lib/notifications/schemas";

// GET /api/notification-settings – the caller's choice of notification mail (interview:read:
// every role holds it; the choice is the caller's own, in their active workspace)
export const GET = routeHandler(async ({ req }) => {
  const member = await requireMember(req, "interview:read");
  const emailMode = await getNotificationEmailMode(member);
  return Response.json({ emailMode } satisfies NotificationSettings);
});

// PUT /api/notification-settings – change it: one mail each, a daily digest, or none
export const PUT = routeHandler(async ({ req }) => {
  const member = await requireMember(req, "interview:read");
  const input = notificationSettingsSchema.parse(await parseJson(req));
  const emailMode = await setNotificationEmailMode({
    companyId: member.companyId,
    userId: member.userId,
    emailMode: input.emailMode,
  });
  return Response.json({ emailMode } satisfies NotificationSettings);
});

export const { POST, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET, PUT });
