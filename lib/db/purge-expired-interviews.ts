import "server-only";
import { inArray, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interviews, jobRuns } from "@/db/schema";
import { invalidateInterviewCache } from "@/lib/cache/invalidate";

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Deletes interviews older than the retention the candidate agreed to (counted from completion,
 * or from the invite when it was never completed), with everything that came from them:
 * transcript, evaluations, report and the answers they gave to the answer bank by cascade, and
 * the records of the jobs that ran for them.
 */
export async function purgeExpiredInterviews(options: { retentionDays: number; now?: Date }) {
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.retentionDays * dayMs);
  const db = await getDb();
  const isExpired = lt(sql`coalesce(${interviews.completedAt}, ${interviews.createdAt})`, cutoff);
  const purged = await db.transaction(async (tx) => {
    // job_runs has no foreign key (a run may precede its interview's row), so it goes first, by id.
    const expired = tx.select({ id: interviews.id }).from(interviews).where(isExpired);
    await tx.delete(jobRuns).where(inArray(jobRuns.interviewId, expired));
    return tx.delete(interviews).where(isExpired).returning({ id: interviews.id });
  });
  await Promise.all(purged.map((row) => invalidateInterviewCache(row.id)));
  return { purged: purged.length, cutoff: cutoff.toISOString() };
}
