import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  type Interview,
  interviews,
  type StoredAccommodationGrant,
  type StoredAccommodationRequest,
} from "@/db/schema";
import { invalidateInterviewCache } from "@/lib/cache/invalidate";
import { DomainError } from "@/lib/domain-error";
import { insertReviewAudit, lockReviewSubject } from "./review-audit";

export type NoticeSeen = { noticeVersionId: string; noticeHash: string };

/**
 * The candidate's choices on the notice screen, while the interview has not started: a second
 * post replaces the first (the last choice counts), the request included.
 */
export async function saveInterviewPreferences(
  options: NoticeSeen & {
    interviewId: string;
    aiScoring: boolean;
    accommodationRequest: StoredAccommodationRequest | null;
  },
): Promise<Interview> {
  const now = new Date();
  const row = await updateWhileInvited(options.interviewId, {
    noticeVersionId: options.noticeVersionId,
    noticeHash: options.noticeHash,
    noticeSeenAt: now,
    aiScoring: options.aiScoring,
    preferencesAt: now,
    accommodationRequest: options.accommodationRequest,
  });
  if (!row) throw interviewStartedError();
  return row;
}

/**
 * A recruiter's grant, while the interview has not started (it shapes the whole interview), with
 * its audit row in the same transaction.
 */
export async function saveAccommodationGrant(options: {
  interviewId: string;
  companyId: string;
  grant: StoredAccommodationGrant;
}): Promise<Interview> {
  const db = await getDb();
  const row = await db.transaction(async (tx) => {
    await lockReviewSubject(tx, options.interviewId);
    const [current] = await tx
      .select({ grant: interviews.accommodationGrant })
      .from(interviews)
      .where(eq(interviews.id, options.interviewId));
    const [updated] = await tx
      .update(interviews)
      .set({ accommodationGrant: options.grant, updatedAt: new Date() })
      .where(
        and(
          eq(interviews.id, options.interviewId),
          eq(interviews.companyId, options.companyId),
          eq(interviews.status, "invited"),
        ),
      )
      .returning();
    if (!updated) return null;
    await insertReviewAudit(tx, {
      companyId: options.companyId,
      interviewId: options.interviewId,
      actorUserId: options.grant.grantedByUserId,
      action: "grant_accommodation",
      subject: "the interview",
      before: current?.grant ?? null,
      after: options.grant,
      reason: options.grant.note,
    });
    return updated;
  });
  if (!row) throw interviewStartedError();
  await invalidateInterviewCache(options.interviewId);
  return row;
}

/**
 * The notice shown to a candidate who started without sending their choices (an older page):
 * recorded once, so every started interview names the notice it ran under.
 */
export async function recordNoticeSeenIfMissing(
  options: NoticeSeen & { interviewId: string },
): Promise<void> {
  const db = await getDb();
  const [row] = await db
    .update(interviews)
    .set({
      noticeVersionId: options.noticeVersionId,
      noticeHash: options.noticeHash,
      noticeSeenAt: new Date(),
    })
    .where(and(eq(interviews.id, options.interviewId), isNull(interviews.noticeHash)))
    .returning({ id: interviews.id });
  if (row) await invalidateInterviewCache(options.interviewId);
}

async function updateWhileInvited(
  interviewId: string,
  changes: Partial<Interview>,
): Promise<Interview | null> {
  const db = await getDb();
  const [row] = await db
    .update(interviews)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(interviews.id, interviewId), eq(interviews.status, "invited")))
    .returning();
  if (row) await invalidateInterviewCache(interviewId);
  return row ?? null;
}

/** The interview left `invited`: choices and grants are fixed from the start. */
export function interviewStartedError(): DomainError {
  return new DomainError({
    kind: "conflict",
    code: "interview_started",
    message: "The interview has started (or ended): its choices and accommodations are fixed.",
  });
}
