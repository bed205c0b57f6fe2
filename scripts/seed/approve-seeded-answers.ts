import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { answerBank } from "@/db/schema";

/**
 * The seed stands in for the recruiter who would approve the demo's banked answers: they were
 * written as exemplary answers, so the answer bank shows content from the first start. Anything
 * the app banks later waits for a real recruiter.
 */
export async function approveSeededAnswers(options: { interviewIds: string[] }): Promise<number> {
  if (options.interviewIds.length === 0) return 0;
  const db = await getDb();
  const approved = await db
    .update(answerBank)
    .set({ status: "approved", reviewedAt: new Date() })
    .where(
      and(
        inArray(answerBank.sourceInterviewId, options.interviewIds),
        eq(answerBank.status, "pending"),
      ),
    )
    .returning({ id: answerBank.id });
  return approved.length;
}
