import type { CompetencyScore, Recommendation } from "@/db/schema";

/** Bumped whenever prompts, criteria or the offline heuristic change what a score means. */
export const rubricVersion = "2026-11-rubric-1";

const recommendationFloors: [number, Recommendation][] = [
  [85, "strong_hire"],
  [70, "hire"],
  [55, "lean_hire"],
];

export function recommend(overallScore: number): Recommendation {
  return recommendationFloors.find(([floor]) => overallScore >= floor)?.[1] ?? "no_hire";
}

/** Per-competency means of the answers' scores, and the overall mean of the answers. */
export function summariseScores(answers: { competency: string; score: number }[]): {
  overallScore: number;
  competencyScores: CompetencyScore[];
} {
  const byCompetency = new Map<string, number[]>();
  for (const answer of answers) {
    byCompetency.set(answer.competency, [
      ...(byCompetency.get(answer.competency) ?? []),
      answer.score,
    ]);
  }
  const mean = (values: number[]) =>
    values.length === 0
      ? 0
      : Math.round(values.reduce((sum, value) => sum + value, 0) / values.length);
  return {
    overallScore: mean(answers.map((answer) => answer.score)),
    competencyScores: [...byCompetency].map(([competency, scores]) => ({
      competency,
      score: mean(scores),
      questionCount: scores.length,
    })),
  };
}
