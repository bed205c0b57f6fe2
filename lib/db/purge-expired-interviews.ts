import "server-only";
import { inArray, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { answerBank, interviews } from "@/db/schema";
import { invalidateInterviewCache } from "@/lib/cache/invalidate";

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Deletes interviews older than the retention the candidate agreed to (counted from completion,
 * or from the invite when it was never completed), with everything that came from them:
 * transcript, evaluations and report by cascade, and the answers they gave to the answer bank.
 */
export async function purgeExpiredInterviews(options: { retentionDays: number; now?: Date }) {
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.retentionDays * dayMs);
  const db = await getDb();
  const purged = await db.transaction(async (tx) => {
    const expired = tx
      .select({ id: interviews.id })
      .from(interviews)
      .where(lt(sql`coalesce(${interviews.completedAt}, ${interviews.createdAt})`, cutoff));
    await tx.delete(answerBank).where(inArray(answerBank.sourceInterviewId, expired));
    return tx
      .delete(interviews)
      .where(lt(sql`coalesce(${interviews.completedAt}, ${interviews.createdAt})`, cutoff))
      .returning({ id: interviews.id });
  });
  await Promise.all(purged.map((row) => invalidateInterviewCache(row.id)));
  return { purged: purged.length, cutoff: cutoff.toISOString() };
}
