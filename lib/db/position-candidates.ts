import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interviews, reports } from "@/db/schema";

/** Every evaluated candidate of one position with their report's scores, best first. */
export async function listPositionCandidates(options: { companyId: string; positionId: string }) {
  const db = await getDb();
  return db
    .select({
      interviewId: interviews.id,
      candidateName: interviews.candidateName,
      candidateEmail: interviews.candidateEmail,
      status: interviews.status,
      evaluatedAt: interviews.evaluatedAt,
      overallScore: reports.overallScore,
      recommendation: reports.recommendation,
      competencyScores: reports.competencyScores,
      provider: reports.provider,
      model: reports.model,
    })
    .from(interviews)
    .innerJoin(reports, eq(reports.interviewId, interviews.id))
    .where(
      and(
        eq(interviews.companyId, options.companyId),
        eq(interviews.positionId, options.positionId),
      ),
    )
    .orderBy(desc(reports.overallScore), desc(interviews.createdAt));
}

export type PositionCandidate = Awaited<ReturnType<typeof listPositionCandidates>>[number];
