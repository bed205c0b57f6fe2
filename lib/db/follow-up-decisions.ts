import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  type FollowUpDecider,
  type FollowUpDecisionRow,
  followUpDecisions,
  interviews,
} from "@/db/schema";

type ThreadNumber = { interviewId: string; mainQuestionId: string; followUpNumber: number };

/**
 * Claims the decision on follow-up `followUpNumber` of a thread: the one request whose insert
 * lands decides; every other (on any instance) meets the unique index and gets the row instead.
 */
export async function claimFollowUpDecision(
  options: ThreadNumber,
): Promise<{ isClaimed: true; row: FollowUpDecisionRow } | { isClaimed: false }> {
  const db = await getDb();
  const [row] = await db
    .insert(followUpDecisions)
    .values(options)
    .onConflictDoNothing({
      target: [followUpDecisions.mainQuestionId, followUpDecisions.followUpNumber],
    })
    .returning();
  return row ? { isClaimed: true, row } : { isClaimed: false };
}

export async function getFollowUpDecision(
  options: Omit<ThreadNumber, "interviewId">,
): Promise<FollowUpDecisionRow | null> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(followUpDecisions)
    .where(
      and(
        eq(followUpDecisions.mainQuestionId, options.mainQuestionId),
        eq(followUpDecisions.followUpNumber, options.followUpNumber),
      ),
    );
  return row ?? null;
}

/** Takes over a claim whose request died before deciding (claimed before `claimedBefore`). */
export async function takeOverFollowUpDecision(options: {
  id: string;
  claimedBefore: Date;
}): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(followUpDecisions)
    .set({ claimedAt: new Date() })
    .where(
      and(
        eq(followUpDecisions.id, options.id),
        eq(followUpDecisions.status, "deciding"),
        lt(followUpDecisions.claimedAt, options.claimedBefore),
      ),
    )
    .returning({ id: followUpDecisions.id });
  return rows.length > 0;
}

export async function recordFollowUpDecision(options: {
  id: string;
  ask: boolean;
  reason: string;
  decidedBy: FollowUpDecider;
  followUpQuestionId: string | null;
}): Promise<void> {
  const db = await getDb();
  await db
    .update(followUpDecisions)
    .set({
      status: "decided",
      ask: options.ask,
      reason: options.reason,
      decidedBy: options.decidedBy,
      followUpQuestionId: options.followUpQuestionId,
      decidedAt: new Date(),
    })
    .where(eq(followUpDecisions.id, options.id));
}

/** Gives a claim back when deciding failed, so the next call decides instead of waiting on it. */
export async function releaseFollowUpDecision(options: { id: string }): Promise<void> {
  const db = await getDb();
  await db
    .delete(followUpDecisions)
    .where(and(eq(followUpDecisions.id, options.id), eq(followUpDecisions.status, "deciding")));
}

/**
 * Takes one model call from the interview's follow-up budget in a single conditional UPDATE (as
 * the STT budget does): concurrent requests queue on the row lock and never overshoot it.
 */
export async function claimFollowUpModelCall(options: {
  interviewId: string;
  budget: number;
}): Promise<boolean> {
  const db = await getDb();
  const claimed = await db
    .update(interviews)
    .set({ followUpModelCalls: sql`${interviews.followUpModelCalls} + 1` })
    .where(
      and(
        eq(interviews.id, options.interviewId),
        lt(interviews.followUpModelCalls, options.budget),
      ),
    )
    .returning({ id: interviews.id });
  return claimed.length > 0;
}
