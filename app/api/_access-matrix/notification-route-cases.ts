import * as settings from "@/app/api/notification-settings/route";
import * as read from "@/app/api/notifications/read/route";
import * as notifications from "@/app/api/notifications/route";
import { callRoute } from "@/tests/support/call-route";
import { anyMemberOfOwnWorkspace } from "./callers";
import type { RouteCase } from "./route-case";

/** Each member's own notices and mail choice in their workspace: no id names another's. */
export const notificationRouteCases: RouteCase[] = [
  {
    name: "GET /api/notifications",
    expectations: anyMemberOfOwnWorkspace,
    call: ({ token }) => callRoute(notifications.GET, { token }),
  },
  {
    name: "POST /api/notifications/read",
    expectations: anyMemberOfOwnWorkspace,
    call: ({ token }) => callRoute(read.POST, { token, json: { all: true } }),
  },
  {
    name: "GET /api/notification-settings",
    expectations: anyMemberOfOwnWorkspace,
    call: ({ token }) => callRoute(settings.GET, { token }),
  },
  {
    name: "PUT /api/notification-settings",
    expectations: anyMemberOfOwnWorkspace,
    call: ({ token }) =>
      callRoute(settings.PUT, { method: "PUT", token, json: { emailMode: "each" } }),
  },
];
