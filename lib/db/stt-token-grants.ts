import "server-only";
import { and, eq, gt, gte, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interviews } from "@/db/schema";

/**
 * Takes one speech-to-text grant from the interview's budget in a single conditional UPDATE: the
 * row lock makes concurrent requests queue, and each re-checks the count, so the budget is never
 * overshot. False when the interview is not in progress, started before `startedAfter` (over its
 * time limit) or has used the budget; the caller reads the row to say which.
 */
export async function claimSttTokenGrant(options: {
  interviewId: string;
  budget: number;
  startedAfter: Date;
}): Promise<boolean> {
  const db = await getDb();
  const claimed = await db
    .update(interviews)
    .set({ sttTokensGranted: sql`${interviews.sttTokensGranted} + 1` })
    .where(
      and(
        eq(interviews.id, options.interviewId),
        eq(interviews.status, "in_progress"),
        gt(interviews.startedAt, options.startedAfter),
        lt(interviews.sttTokensGranted, options.budget),
      ),
    )
    .returning({ id: interviews.id });
  return claimed.length > 0;
}

/** Gives a grant back when Deepgram refused to mint it, so an outage does not eat the budget. */
export async function releaseSttTokenGrant(options: { interviewId: string }): Promise<void> {
  const db = await getDb();
  await db
    .update(interviews)
    .set({ sttTokensGranted: sql`${interviews.sttTokensGranted} - 1` })
    .where(and(eq(interviews.id, options.interviewId), gte(interviews.sttTokensGranted, 1)));
}
