import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { reports } from "@/db/schema";
import { invalidateInterviewCache } from "@/lib/cache/invalidate";
import { recommend } from "@/lib/evaluation/score-bands";

/** Marks a review reason as the copy check's, so a re-run replaces its own and no other. */
export const copyReasonMarker = "possible copy";
const isCopyReason = (reason: string) => reason.includes(`: ${copyReasonMarker} — `);

/**
 * Replaces the copy check's reasons on the interview's report: any reason puts the report in
 * `needs_review`; when none is left, the band is worked out again from what remains. The scores
 * are not touched. Nothing happens before the report exists or when nothing changes.
 */
export async function replaceCopyReviewReasons(options: {
  interviewId: string;
  reasons: string[];
}): Promise<{ updated: boolean }> {
  const db = await getDb();
  const updated = await db.transaction(async (tx) => {
    const [report] = await tx
      .select()
      .from(reports)
      .where(eq(reports.interviewId, options.interviewId))
      .for("update");
    if (!report) return false;
    const kept = report.reviewReasons.filter((reason) => !isCopyReason(reason));
    const reviewReasons = [...kept, ...options.reasons];
    if (JSON.stringify(reviewReasons) === JSON.stringify(report.reviewReasons)) return false;
    await tx
      .update(reports)
      .set({
        reviewReasons,
        needsReview: reviewReasons.length > 0,
        recommendation:
          options.reasons.length > 0
            ? "needs_review"
            : recommend({
                overallScore: report.overallScore,
                provider: report.provider === "openai" ? "openai" : "offline",
                hasFlaggedAnswers: kept.length > 0,
              }),
        updatedAt: new Date(),
      })
      .where(eq(reports.interviewId, options.interviewId));
    return true;
  });
  if (updated) await invalidateInterviewCache(options.interviewId);
  return { updated };
}
