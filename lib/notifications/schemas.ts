// The notification routes' inputs and views (the schema module holds no server code).
import { z } from "zod";
import { notificationEmailModes, notificationKinds } from "@/db/schema/notifications";

/** A member's own choice of notification mail in their active workspace. */
export const notificationSettingsSchema = z
  .strictObject({
    emailMode: z.enum(notificationEmailModes).meta({
      description:
        "`each`: one mail per notice, at once (the default); `daily_digest`: one mail a day at 08:00 UTC listing the day's notices; `none`: the dashboard only.",
    }),
  })
  .meta({ id: "NotificationSettings" });
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

export const notificationViewSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(notificationKinds),
    interviewId: z.uuid(),
    candidateName: z.string(),
    positionTitle: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
    readAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: "Notification" });
export type NotificationView = z.infer<typeof notificationViewSchema>;

export const notificationListSchema = z
  .object({
    notifications: z.array(notificationViewSchema),
    unreadCount: z.int().min(0),
  })
  .meta({ id: "NotificationList" });

/** Either the listed notices, or every one of the member's in the workspace. */
export const markNotificationsReadSchema = z.union([
  z.strictObject({ ids: z.array(z.uuid()).min(1).max(100) }),
  z.strictObject({ all: z.literal(true) }),
]);
export type MarkNotificationsReadInput = z.infer<typeof markNotificationsReadSchema>;

export const markedNotificationsSchema = z
  .object({
    marked: z.int().min(0).meta({ description: "How many were unread and now are read." }),
  })
  .meta({ id: "MarkedNotifications" });
