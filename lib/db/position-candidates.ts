import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { interviews, reports } from "@/db/schema";
import { applyCompetencyOverrides } from "@/lib/review/human-scores";
import {
  type CandidateOrder,
  describeScoredBy,
  orderCandidates,
} from "@/lib/review/order-candidates";
import { listHiringDecisions } from "./hiring-decisions";
import { listCompetencyOverrides } from "./score-overrides";

/**
 * Every evaluated candidate of one position with their report's scores, the human values beside
 * the AI's where a recruiter overrode a competency (`humanScore`, `humanOverallScore`), who the
 * score is from (`scoredBy`) and the recruiter's decision. In `order` (see orderCandidates): by
 * default only model or human scores rank; offline-scored candidates follow by completion time.
 */
export async function listPositionCandidates(options: {
  companyId: string;
  positionId: string;
  order?: CandidateOrder;
}) {
  const db = await getDb();
  const rows = await db
    .select({
      interviewId: interviews.id,
      candidateName: interviews.candidateName,
      candidateEmail: interviews.candidateEmail,
      status: interviews.status,
      completedAt: interviews.completedAt,
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
    .orderBy(desc(interviews.createdAt));
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
      scoredBy: describeScoredBy({
        provider: row.provider,
        competencyScores: human.competencyScores,
      }),
      decision: decision
        ? { decision: decision.decision, note: decision.note, updatedAt: decision.updatedAt }
        : null,
    };
  });
  // A stable sort keeps the database's order (newest interview first) among equals.
  return orderCandidates(candidates, options.order ?? "trusted");
}

export type PositionCandidate = Awaited<ReturnType<typeof listPositionCandidates>>[number];
