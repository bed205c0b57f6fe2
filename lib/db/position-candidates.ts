import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interviews, reports } from "@/db/schema";
import { applyCompetencyOverrides } from "@/lib/review/human-scores";
import { listHiringDecisions } from "./hiring-decisions";
import { listCompetencyOverrides } from "./score-overrides";

/**
 * Every evaluated candidate of one position with their report's scores, the human values beside
 * the AI's where a recruiter overrode a competency (`humanScore`, `humanOverallScore`) and the
 * recruiter's decision; best first by the human overall where there is one.
 */
export async function listPositionCandidates(options: { companyId: string; positionId: string }) {
  const db = await getDb();
  const rows = await db
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
  const interviewIds = rows.map((row) => row.interviewId);
  const [overrides, decisions] = await Promise.all([
    listCompetencyOverrides({ interviewIds }),
    listHiringDecisions({ interviewIds }),
  ]);
  const decisionById = new Map(decisions.map((row) => [row.interviewId, row]));
  const candidates = rows.map((row) => {
    const human = applyCompetencyOverrides({
      competencyScores: row.competencyScores,
      overrides: overrides.filter((override) => override.interviewId === row.interviewId),
    });
    const decision = decisionById.get(row.interviewId);
    return {
      ...row,
      ...human,
      decision: decision
        ? { decision: decision.decision, note: decision.note, updatedAt: decision.updatedAt }
        : null,
    };
  });
  // A stable sort keeps the database's order among equal scores.
  const effective = (row: (typeof candidates)[number]) => row.humanOverallScore ?? row.overallScore;
  return candidates.sort((a, b) => effective(b) - effective(a));
}

export type PositionCandidate = Awaited<ReturnType<typeof listPositionCandidates>>[number];
