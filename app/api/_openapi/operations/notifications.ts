import {
  markedNotificationsSchema,
  markNotificationsReadSchema,
  notificationListSchema,
  notificationSettingsSchema,
} from "@/lib/notifications/schemas";
import type { OperationSpec } from "../operation-spec";

const ownNotices =
  "Any member of the active workspace (every role holds `interview:read`); each sees and changes only their own.";

export const notificationOperations: OperationSpec[] = [
  {
    method: "get",
    path: "/api/notifications",
    summary: "The caller's latest notifications",
    description: `${ownNotices} Up to 20, unread first, then newest; only on interviews the caller may open now (an evaluator taken off a position no longer sees its interviews). \`unreadCount\` counts every unread one.`,
    tag: "Notifications",
    access: { member: "interview:read" },
    success: { status: 200, description: "The notices.", schema: notificationListSchema },
  },
  {
    method: "post",
    path: "/api/notifications/read",
    summary: "Mark the caller's notifications read",
    description: `${ownNotices} \`ids\` names up to 100; \`all: true\` marks every unread one in the workspace. Ids of another member's notices change nothing.`,
    tag: "Notifications",
    access: { member: "interview:read" },
    body: {
      schema: markNotificationsReadSchema,
      example: { ids: ["0b5c2f7e-1c1a-4f0e-9b43-2f8e4cf5d0a1"] },
    },
    success: { status: 200, description: "How many changed.", schema: markedNotificationsSchema },
  },
  {
    method: "get",
    path: "/api/notification-settings",
    summary: "The caller's choice of notification mail",
    description: `${ownNotices} Without a saved choice: \`each\`.`,
    tag: "Notifications",
    access: { member: "interview:read" },
    success: { status: 200, description: "The choice.", schema: notificationSettingsSchema },
  },
  {
    method: "put",
    path: "/api/notification-settings",
    summary: "Choose one mail each, a daily digest, or none",
    description: `${ownNotices} A digest lists what arrives from the moment it is chosen.`,
    tag: "Notifications",
    access: { member: "interview:read" },
    body: { schema: notificationSettingsSchema, example: { emailMode: "daily_digest" } },
    success: { status: 200, description: "The saved choice.", schema: notificationSettingsSchema },
  },
];
