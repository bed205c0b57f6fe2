import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { evaluations, interviewQuestions, reports } from "@/db/schema";

/** The interview's report with its per-answer evaluations, or null until it has been built. */
export async function getReportWithEvaluations(options: { interviewId: string }) {
  const db = await getDb();
  const [report] = await db
    .select()
    .from(reports)
    .where(eq(reports.interviewId, options.interviewId))
    .limit(1);
  if (!report) return null;
  const answers = await db
    .select({ evaluation: evaluations, question: interviewQuestions })
    .from(evaluations)
    .innerJoin(interviewQuestions, eq(interviewQuestions.id, evaluations.questionId))
    .where(eq(evaluations.interviewId, options.interviewId))
    .orderBy(asc(interviewQuestions.order));
  return { report, answers };
}
