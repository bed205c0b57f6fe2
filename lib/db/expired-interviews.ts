import "server-only";
import { asc, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interviews } from "@/db/schema";

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Interviews older than the retention the candidate agreed to, counted from completion, or from
 * the invite when it was never completed; oldest first.
 */
export async function listExpiredInterviewIds(options: {
  retentionDays: number;
  now?: Date;
}): Promise<string[]> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.retentionDays * dayMs);
  const db = await getDb();
  const age = sql`coalesce(${interviews.completedAt}, ${interviews.createdAt})`;
  const rows = await db
    .select({ id: interviews.id })
    .from(interviews)
    .where(lt(age, cutoff))
    .orderBy(asc(age));
  return rows.map((row) => row.id);
}
