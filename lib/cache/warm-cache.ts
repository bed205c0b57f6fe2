import "server-only";
import { listRecentActiveInterviewIds } from "@/lib/db/interviews";
import { listInterviewQuestionsCached } from "./cached-reads";

const warmedInterviewCount = 10;

/** Loads the questions of the most recent active interviews into the cache (as the original did). */
export async function warmCache(): Promise<{ interviewIds: string[] }> {
  const interviewIds = await listRecentActiveInterviewIds({ limit: warmedInterviewCount });
  await Promise.all(interviewIds.map((id) => listInterviewQuestionsCached(id)));
  return { interviewIds };
}
