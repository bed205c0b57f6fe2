import type { CompetencyScore, Recommendation } from "@/db/schema";

/** The one version every score had before rubrics were per competency; old reports name it. */
export const legacyRubricVersion = "2026-11-rubric-1";

const recommendationFloors: [number, Exclude<Recommendation, "needs_review">][] = [
  [85, "strong_hire"],
  [70, "hire"],
  [55, "lean_hire"],
];

/**
 * A hire band only from a model's rubric scores with nothing flagged: a heuristic cannot judge
 * what a band claims, and a flagged answer waits for a person.
 */
export function recommend(options: {
  overallScore: number;
  provider: "openai" | "offline";
  hasFlaggedAnswers: boolean;
}): Recommendation {
  if (options.provider === "offline" || options.hasFlaggedAnswers) return "needs_review";
  return bandForScore(options.overallScore);
}

/** The hire band of an overall score on its own: a person's complete scorecard uses it too. */
export function bandForScore(overallScore: number): Exclude<Recommendation, "needs_review"> {
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
