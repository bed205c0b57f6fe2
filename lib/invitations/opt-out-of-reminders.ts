import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interviews, positions } from "@/db/schema";
import { cancelScheduledReminders } from "@/lib/db/interview-reminders";
import { notFoundError } from "@/lib/domain-error";
import { getBaseLanguage } from "@/lib/i18n/languages";
import type { MailLocale } from "@/lib/mail/mail-kinds";
import { verifyOptOutToken } from "./reminder-crypto";

/** The interview an opt-out link names and the language to answer in; 404 for a forged link. */
export async function findOptOutTarget(options: {
  token: string;
}): Promise<{ interviewId: string; locale: MailLocale; optedOutAt: Date | null }> {
  const interviewId = verifyOptOutToken(options.token);
  if (!interviewId) throw notFoundError("Reminder link");
  const db = await getDb();
  const [row] = await db
    .select({ language: positions.language, optedOutAt: interviews.remindersOptedOutAt })
    .from(interviews)
    .innerJoin(positions, eq(positions.id, interviews.positionId))
    .where(eq(interviews.id, interviewId))
    .limit(1);
  // An erased interview: its link names nothing any more.
  if (!row) throw notFoundError("Reminder link");
  const locale = getBaseLanguage(row.language) === "ko" ? "ko" : "en";
  return { interviewId, locale, optedOutAt: row.optedOutAt };
}

/** No more reminders for this interview: noted once (the first time is kept), the planned ones cancelled. */
export async function optOutOfReminders(options: { token: string; now?: Date }) {
  const target = await findOptOutTarget(options);
  const db = await getDb();
  if (!target.optedOutAt) {
    await db
      .update(interviews)
      .set({ remindersOptedOutAt: options.now ?? new Date() })
      .where(eq(interviews.id, target.interviewId));
  }
  await cancelScheduledReminders({ interviewId: target.interviewId });
  return target;
}
