import "server-only";
import { and, eq, gte, isNotNull, lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { hiringDecisions, interviews, reports } from "@/db/schema";

/**
 * What the adverse-impact report counts of each interview completed in [start, end): whether AI
 * scored it, the recruiter's decision and the report's scores. No name, address or answer.
 */
export async function listAdverseImpactOutcomes(options: {
  companyId: string;
  positionId?: string;
  start: Date;
  end: Date;
}) {
  const db = await getDb();
  return db
    .select({
      interviewId: interviews.id,
      aiScoring: interviews.aiScoring,
      decision: hiringDecisions.decision,
      overallScore: reports.overallScore,
      competencyScores: reports.competencyScores,
    })
    .from(interviews)
    .leftJoin(hiringDecisions, eq(hiringDecisions.interviewId, interviews.id))
    .leftJoin(reports, eq(reports.interviewId, interviews.id))
    .where(
      and(
        eq(interviews.companyId, options.companyId),
        options.positionId ? eq(interviews.positionId, options.positionId) : undefined,
        isNotNull(interviews.completedAt),
        gte(interviews.completedAt, options.start),
        lt(interviews.completedAt, options.end),
      ),
    );
}
export type AdverseImpactOutcome = Awaited<ReturnType<typeof listAdverseImpactOutcomes>>[number];
