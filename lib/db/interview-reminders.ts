import "server-only";
import { and, eq, gt, inArray, isNull, lte, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type InterviewReminder, interviewReminders, interviews } from "@/db/schema";

export type PlannedReminderRow = {
  interviewId: string;
  kind: string;
  inviteTokenHash: string;
  inviteTokenCiphertext: string;
  dueAt: Date;
};

/** Writes the plan of one or many links; a plan already written for a link is kept (retries). */
export async function insertPlannedReminders(
  rows: readonly PlannedReminderRow[],
): Promise<{ id: string; interviewId: string; dueAt: Date }[]> {
  if (rows.length === 0) return [];
  const db = await getDb();
  return db
    .insert(interviewReminders)
    .values([...rows])
    .onConflictDoNothing()
    .returning({
      id: interviewReminders.id,
      interviewId: interviewReminders.interviewId,
      dueAt: interviewReminders.dueAt,
    });
}

const cancelled = { status: "cancelled" as const, inviteTokenCiphertext: null };

/**
 * Cancels what is still scheduled for an interview (started, expired, re-issued, opted out): the
 * rows stay as a record, their encrypted tokens go. `keepTokenHash` spares a new link's own plan.
 */
export async function cancelScheduledReminders(options: {
  interviewId: string;
  keepTokenHash?: string;
}): Promise<number> {
  const db = await getDb();
  const rows = await db
    .update(interviewReminders)
    .set(cancelled)
    .where(
      and(
        eq(interviewReminders.interviewId, options.interviewId),
        eq(interviewReminders.status, "scheduled"),
        options.keepTokenHash
          ? ne(interviewReminders.inviteTokenHash, options.keepTokenHash)
          : undefined,
      ),
    )
    .returning({ id: interviewReminders.id });
  return rows.length;
}

/**
 * A reminder may go while its interview is still invited on the same link, before the deadline,
 * and the candidate has not opted out. Checked inside the claim itself, so nothing races it.
 */
function stillWanted(now: Date) {
  return sql`exists (select 1 from ${interviews} where ${and(
    eq(interviews.id, interviewReminders.interviewId),
    eq(interviews.status, "invited"),
    eq(interviews.inviteTokenHash, interviewReminders.inviteTokenHash),
    gt(interviews.inviteExpiresAt, now),
    isNull(interviews.remindersOptedOutAt),
  )})`;
}

/** Scheduled reminders due by `now` whose interview still wants them (oldest first). */
export async function listDueReminders(options: {
  now: Date;
  limit: number;
}): Promise<InterviewReminder[]> {
  const db = await getDb();
  return db
    .select()
    .from(interviewReminders)
    .where(
      and(
        eq(interviewReminders.status, "scheduled"),
        lte(interviewReminders.dueAt, options.now),
        stillWanted(options.now),
      ),
    )
    .orderBy(interviewReminders.dueAt)
    .limit(options.limit);
}

/** Due rows their interview no longer wants (started, expired, opted out): cancelled, tokens gone. */
export async function cancelUnwantedDueReminders(options: { now: Date }): Promise<number> {
  const db = await getDb();
  const rows = await db
    .update(interviewReminders)
    .set(cancelled)
    .where(
      and(
        eq(interviewReminders.status, "scheduled"),
        lte(interviewReminders.dueAt, options.now),
        sql`not ${stillWanted(options.now)}`,
      ),
    )
    .returning({ id: interviewReminders.id });
  return rows.length;
}

export async function getReminderById(options: { id: string }) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(interviewReminders)
    .where(eq(interviewReminders.id, options.id))
    .limit(1);
  return row ?? null;
}

/**
 * Takes a due reminder for its one send: scheduled → sent, only while its interview still wants
 * it. One caller wins; a retried job or a second instance gets false. The token goes with it.
 */
export async function claimReminder(options: { id: string; now: Date }): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(interviewReminders)
    .set({ status: "sent", sentAt: options.now, inviteTokenCiphertext: null })
    .where(
      and(
        eq(interviewReminders.id, options.id),
        eq(interviewReminders.status, "scheduled"),
        lte(interviewReminders.dueAt, options.now),
        stillWanted(options.now),
      ),
    )
    .returning({ id: interviewReminders.id });
  return rows.length === 1;
}

/** The claim stands but the mail could not be queued: back to scheduled for the next run. */
export async function unclaimReminder(options: { id: string; inviteTokenCiphertext: string }) {
  const db = await getDb();
  await db
    .update(interviewReminders)
    .set({
      status: "scheduled",
      sentAt: null,
      inviteTokenCiphertext: options.inviteTokenCiphertext,
    })
    .where(and(eq(interviewReminders.id, options.id), eq(interviewReminders.status, "sent")));
}

/** Reminders sent per interview, for the recruiter's view of the invitation. */
export async function countSentReminders(options: {
  interviewIds: readonly string[];
}): Promise<Map<string, number>> {
  if (options.interviewIds.length === 0) return new Map();
  const db = await getDb();
  const rows = await db
    .select({ interviewId: interviewReminders.interviewId, count: sql<number>`count(*)::int` })
    .from(interviewReminders)
    .where(
      and(
        inArray(interviewReminders.interviewId, [...options.interviewIds]),
        eq(interviewReminders.status, "sent"),
      ),
    )
    .groupBy(interviewReminders.interviewId);
  return new Map(rows.map((row) => [row.interviewId, row.count]));
}
