import type { CompetencyScore } from "@/db/schema/reports";

export type CompetencyOverride = { competency: string; score: number };
export type CompetencyWithHuman = CompetencyScore & { humanScore?: number };

/**
 * The overall score once a person has overridden competencies: the mean of the competency scores,
 * each weighted by its question count (so with no override it is the AI's answer mean, up to
 * rounding), taking the human score where there is one.
 */
export function computeHumanOverallScore(rows: CompetencyWithHuman[]): number {
  let weighted = 0;
  let weights = 0;
  for (const row of rows) {
    const weight = Math.max(row.questionCount, 1);
    weighted += (row.humanScore ?? row.score) * weight;
    weights += weight;
  }
  return weights === 0 ? 0 : Math.round(weighted / weights);
}

/**
 * Competency scores with the human value beside the AI's where a person overrode one, and a
 * human overall only when at least one competency was overridden (otherwise the AI's stands).
 */
export function applyCompetencyOverrides(options: {
  competencyScores: CompetencyScore[];
  overrides: CompetencyOverride[];
}): { competencyScores: CompetencyWithHuman[]; humanOverallScore?: number } {
  const human = new Map(options.overrides.map((row) => [row.competency, row.score]));
  const competencyScores = options.competencyScores.map((row): CompetencyWithHuman => {
    const humanScore = human.get(row.competency);
    return humanScore === undefined ? row : { ...row, humanScore };
  });
  const hasHuman = competencyScores.some((row) => row.humanScore !== undefined);
  return hasHuman
    ? { competencyScores, humanOverallScore: computeHumanOverallScore(competencyScores) }
    : { competencyScores };
}
