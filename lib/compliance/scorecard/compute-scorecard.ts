import "server-only";
import type { Recommendation } from "@/db/schema";
import { pointsToScore } from "@/lib/ai/anchored-score";
import { bandForScore } from "@/lib/evaluation/score-bands";
import { computeHumanOverallScore } from "@/lib/review/human-scores";
import type { RubricCriterion } from "@/lib/rubrics/schemas";

/** One competency of the interview as a person scores it: its rubric and how many questions. */
export type ScorecardCompetency = {
  competency: string;
  questionCount: number;
  rubricVersion: string;
  criteria: RubricCriterion[];
};

export type ScorecardEntryValue = {
  competency: string;
  criterionKey: string;
  points: number;
  quote: string;
};

export type HireBand = Exclude<Recommendation, "needs_review"> | "incomplete";

const keyOf = (competency: string, criterionKey: string) => `${competency}\u0000${criterionKey}`;

/**
 * The scorecard with its arithmetic, the AI path's: each criterion's 1–5 maps to 0–100 as the
 * model's points do (1 → 0, 3 → 50, 5 → 100), a competency is the mean of its criteria, the overall
 * the mean of competencies weighted by question count. A competency's score waits for all its
 * criteria, and the overall and hire band for every criterion: a half-filled card would otherwise
 * read as a finished judgement.
 */
export function computeScorecard(options: {
  competencies: ScorecardCompetency[];
  entries: ScorecardEntryValue[];
}) {
  const entries = new Map(
    options.entries.map((entry) => [keyOf(entry.competency, entry.criterionKey), entry]),
  );
  const competencies = options.competencies.map((row) => {
    const criteria = row.criteria.map((criterion) => {
      const entry = entries.get(keyOf(row.competency, criterion.key));
      return { ...criterion, points: entry?.points ?? null, quote: entry?.quote ?? "" };
    });
    const points = criteria.flatMap((criterion) => criterion.points ?? []);
    const humanScore =
      points.length === criteria.length && points.length > 0
        ? Math.round(points.reduce((sum, p) => sum + pointsToScore(p), 0) / points.length)
        : null;
    return { ...row, criteria, humanScore };
  });
  const totalCriteria = competencies.reduce((sum, row) => sum + row.criteria.length, 0);
  const scoredCriteria = competencies.reduce(
    (sum, row) => sum + row.criteria.filter((criterion) => criterion.points !== null).length,
    0,
  );
  const isComplete =
    competencies.length > 0 && competencies.every((row) => row.humanScore !== null);
  const humanOverallScore = isComplete
    ? computeHumanOverallScore(
        competencies.map((row) => ({
          competency: row.competency,
          score: row.humanScore ?? 0,
          questionCount: row.questionCount,
        })),
      )
    : null;
  const hireBand: HireBand =
    humanOverallScore === null ? "incomplete" : bandForScore(humanOverallScore);
  return { competencies, scoredCriteria, totalCriteria, isComplete, humanOverallScore, hireBand };
}

export type ComputedScorecard = ReturnType<typeof computeScorecard>;
