import "server-only";
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type HiringDecision, type HiringDecisionValue, hiringDecisions } from "@/db/schema";
import { invalidateReportCache } from "@/lib/cache/invalidate";
import { insertReviewAudit, lockReviewSubject } from "./review-audit";

export async function getHiringDecision(options: {
  interviewId: string;
}): Promise<HiringDecision | null> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(hiringDecisions)
    .where(eq(hiringDecisions.interviewId, options.interviewId))
    .limit(1);
  return row ?? null;
}

export async function listHiringDecisions(options: { interviewIds: string[] }) {
  if (options.interviewIds.length === 0) return [];
  const db = await getDb();
  return db
    .select()
    .from(hiringDecisions)
    .where(inArray(hiringDecisions.interviewId, options.interviewIds));
}

/** Records the recruiter's decision and its audit row together; the same decision and note is no change. */
export async function saveHiringDecision(options: {
  companyId: string;
  interviewId: string;
  decision: HiringDecisionValue;
  note: string;
  actorUserId: string;
}): Promise<{ decision: HiringDecision; isChanged: boolean }> {
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    await lockReviewSubject(tx, options.interviewId);
    const [existing] = await tx
      .select()
      .from(hiringDecisions)
      .where(eq(hiringDecisions.interviewId, options.interviewId));
    if (existing && existing.decision === options.decision && existing.note === options.note) {
      return { decision: existing, isChanged: false };
    }
    const values = {
      decision: options.decision,
      note: options.note,
      userId: options.actorUserId,
      updatedAt: new Date(),
    };
    const [decision] = await tx
      .insert(hiringDecisions)
      .values({ interviewId: options.interviewId, ...values })
      .onConflictDoUpdate({ target: hiringDecisions.interviewId, set: values })
      .returning();
    if (!decision) throw new Error("Saving the decision returned no row.");
    await insertReviewAudit(tx, {
      companyId: options.companyId,
      interviewId: options.interviewId,
      actorUserId: options.actorUserId,
      action: "set_decision",
      subject: "Decision",
      before: existing ? { decision: existing.decision, note: existing.note } : null,
      after: { decision: options.decision, note: options.note },
      reason: options.note,
    });
    return { decision, isChanged: true };
  });
  if (result.isChanged) await invalidateReportCache(options.interviewId);
  return result;
}
