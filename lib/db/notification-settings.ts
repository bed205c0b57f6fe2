import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type NotificationEmailMode, notificationSettings } from "@/db/schema";

/** A member's choice of notification mail in one workspace; no row means one mail each. */
export async function getNotificationEmailMode(options: {
  companyId: string;
  userId: string;
}): Promise<NotificationEmailMode> {
  const db = await getDb();
  const [row] = await db
    .select({ emailMode: notificationSettings.emailMode })
    .from(notificationSettings)
    .where(
      and(
        eq(notificationSettings.companyId, options.companyId),
        eq(notificationSettings.userId, options.userId),
      ),
    );
  return row?.emailMode ?? "each";
}

/**
 * Saves the choice. `updatedAt` moves only when the mode changes: the digest lists what arrived
 * since the member chose it, so saving the same choice again must not drop what waits.
 */
export async function setNotificationEmailMode(options: {
  companyId: string;
  userId: string;
  emailMode: NotificationEmailMode;
  now?: Date;
}): Promise<NotificationEmailMode> {
  const current = await getNotificationEmailMode(options);
  const db = await getDb();
  const [row] = await db
    .insert(notificationSettings)
    .values({
      companyId: options.companyId,
      userId: options.userId,
      emailMode: options.emailMode,
      updatedAt: options.now ?? new Date(),
    })
    .onConflictDoUpdate({
      target: [notificationSettings.companyId, notificationSettings.userId],
      set: {
        emailMode: options.emailMode,
        ...(current !== options.emailMode && { updatedAt: options.now ?? new Date() }),
      },
    })
    .returning({ emailMode: notificationSettings.emailMode });
  return row?.emailMode ?? options.emailMode;
}
