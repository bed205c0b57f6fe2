import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { evaluations, interviewQuestions, type NewReport, reports } from "@/db/schema";
import { invalidateInterviewCache } from "@/lib/cache/invalidate";
import { legacyRubricVersion } from "@/lib/evaluation/score-bands";

/** The interview's report with its per-answer evaluations, or null until it has been built. */
export async function getReportWithEvaluations(options: { interviewId: string }) {
  const db = await getDb();
  const [report] = await db
    .select()
    .from(reports)
    .where(eq(reports.interviewId, options.interviewId))
    .limit(1);
  if (!report) return null;
  // Reports built before per-competency rubrics name no versions: their scores had one.
  const versions = report.rubricVersions.length > 0 ? report.rubricVersions : [legacyRubricVersion];
  const answers = await db
    .select({ evaluation: evaluations, question: interviewQuestions })
    .from(evaluations)
    .innerJoin(interviewQuestions, eq(interviewQuestions.id, evaluations.questionId))
    .where(
      and(
        eq(evaluations.interviewId, options.interviewId),
        inArray(evaluations.rubricVersion, versions),
      ),
    )
    .orderBy(asc(interviewQuestions.order));
  return { report, answers };
}

/** Creates or rebuilds the interview's report, then drops its cached copy. */
export async function saveReport(values: NewReport) {
  const db = await getDb();
  const { interviewId: _id, ...changes } = values;
  const [row] = await db
    .insert(reports)
    .values(values)
    .onConflictDoUpdate({ target: reports.interviewId, set: { ...changes, updatedAt: new Date() } })
    .returning();
  await invalidateInterviewCache(values.interviewId);
  return row;
}
