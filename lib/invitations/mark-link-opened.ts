import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type Interview, interviews } from "@/db/schema";
import { invalidateInterviewCache } from "@/lib/cache/invalidate";

/**
 * Notes the first time the candidate's link is served. The interview in hand may come from the
 * cache: only one whose copy says "not opened" asks the database, the update is conditional (a
 * second tab or a stale copy changes nothing), and the one that wrote it drops the cached copy.
 */
export async function markLinkOpened(interview: Interview): Promise<void> {
  if (interview.linkOpenedAt) return;
  const db = await getDb();
  const rows = await db
    .update(interviews)
    .set({ linkOpenedAt: new Date() })
    .where(and(eq(interviews.id, interview.id), isNull(interviews.linkOpenedAt)))
    .returning({ id: interviews.id });
  if (rows.length > 0) await invalidateInterviewCache(interview.id);
}
