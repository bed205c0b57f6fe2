import "server-only";
import { desc, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interviews } from "@/db/schema";
import { listInterviewQuestionsCached } from "./cached-reads";

const warmedInterviewCount = 10;

/** Loads the questions of the most recent active interviews into the cache (as the original did). */
export async function warmCache(): Promise<{ interviewIds: string[] }> {
  const db = await getDb();
  const recent = await db
    .select({ id: interviews.id })
    .from(interviews)
    .where(inArray(interviews.status, ["invited", "in_progress"]))
    .orderBy(desc(interviews.createdAt))
    .limit(warmedInterviewCount);
  await Promise.all(recent.map((row) => listInterviewQuestionsCached(row.id)));
  return { interviewIds: recent.map((row) => row.id) };
}
