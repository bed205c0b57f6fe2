import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type OverrideKind, type ScoreOverride, scoreOverrides } from "@/db/schema";
import { invalidateReportCache } from "@/lib/cache/invalidate";
import { insertReviewAudit, lockReviewSubject } from "./review-audit";

export async function listScoreOverrides(options: {
  interviewId: string;
}): Promise<ScoreOverride[]> {
  const db = await getDb();
  return db
    .select()
    .from(scoreOverrides)
    .where(eq(scoreOverrides.interviewId, options.interviewId));
}

/** The competency overrides of many interviews at once (the compare page and candidates API). */
export async function listCompetencyOverrides(options: { interviewIds: string[] }) {
  if (options.interviewIds.length === 0) return [];
  const db = await getDb();
  return db
    .select({
      interviewId: scoreOverrides.interviewId,
      competency: scoreOverrides.target,
      score: scoreOverrides.score,
    })
    .from(scoreOverrides)
    .where(
      and(
        inArray(scoreOverrides.interviewId, options.interviewIds),
        eq(scoreOverrides.kind, "competency"),
      ),
    );
}

type OverrideTarget = {
  companyId: string;
  interviewId: string;
  kind: OverrideKind;
  target: string;
  /** How the audit names the target: "Question 2", "Competency system-design". */
  subject: string;
  /** The AI's score, recorded as `before` when no person has overridden it yet. */
  aiScore: number;
  actorUserId: string;
  reason: string;
};

const auditActions = {
  answer: "override_answer_score",
  competency: "override_competency_score",
} as const;

function findOverride(tx: Parameters<typeof lockReviewSubject>[0], target: OverrideTarget) {
  return tx
    .select()
    .from(scoreOverrides)
    .where(
      and(
        eq(scoreOverrides.interviewId, target.interviewId),
        eq(scoreOverrides.kind, target.kind),
        eq(scoreOverrides.target, target.target),
      ),
    )
    .then((rows) => rows[0] ?? null);
}

/**
 * Sets a human score for an answer or competency and records the change (AI or earlier human value
 * before, the new one after) in the same transaction. The same score and reason again is no change.
 */
export async function saveScoreOverride(
  options: OverrideTarget & { score: number },
): Promise<{ override: ScoreOverride; isChanged: boolean }> {
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    await lockReviewSubject(tx, options.interviewId);
    const existing = await findOverride(tx, options);
    if (existing && existing.score === options.score && existing.reason === options.reason) {
      return { override: existing, isChanged: false };
    }
    const values = {
      score: options.score,
      reason: options.reason,
      userId: options.actorUserId,
      updatedAt: new Date(),
    };
    const [override] = await tx
      .insert(scoreOverrides)
      .values({
        interviewId: options.interviewId,
        kind: options.kind,
        target: options.target,
        ...values,
      })
      .onConflictDoUpdate({
        target: [scoreOverrides.interviewId, scoreOverrides.kind, scoreOverrides.target],
        set: values,
      })
      .returning();
    if (!override) throw new Error("Saving the score override returned no row.");
    await insertReviewAudit(tx, {
      companyId: options.companyId,
      interviewId: options.interviewId,
      actorUserId: options.actorUserId,
      action: auditActions[options.kind],
      subject: options.subject,
      before: existing
        ? { score: existing.score, source: "human" }
        : { score: options.aiScore, source: "ai" },
      after: { score: options.score, source: "human" },
      reason: options.reason,
    });
    return { override, isChanged: true };
  });
  if (result.isChanged) await invalidateReportCache(options.interviewId);
  return result;
}

/** Removes a human score (the AI's stands again) with its audit row; null when there was none. */
export async function clearScoreOverride(options: OverrideTarget): Promise<ScoreOverride | null> {
  const db = await getDb();
  const removed = await db.transaction(async (tx) => {
    await lockReviewSubject(tx, options.interviewId);
    const existing = await findOverride(tx, options);
    if (!existing) return null;
    await tx.delete(scoreOverrides).where(eq(scoreOverrides.id, existing.id));
    await insertReviewAudit(tx, {
      companyId: options.companyId,
      interviewId: options.interviewId,
      actorUserId: options.actorUserId,
      action: "clear_override",
      subject: options.subject,
      before: { score: existing.score, source: "human" },
      after: { score: options.aiScore, source: "ai" },
      reason: options.reason,
    });
    return existing;
  });
  if (removed) await invalidateReportCache(options.interviewId);
  return removed;
}
