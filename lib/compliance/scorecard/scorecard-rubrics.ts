import "server-only";
import type { InterviewQuestion, StoredCompetencyRubric } from "@/db/schema";
import { resolveRubric } from "@/lib/rubrics/resolve-rubric";
import { computeRubricVersion } from "@/lib/rubrics/rubric-version";
import type { ScorecardCompetency } from "./compute-scorecard";

/**
 * Who scores a scorecard, in the rubric version's terms: the criteria and anchors are the ones the
 * AI would have used, but a version names its scorer too, so a person's points never share a
 * version with a model's.
 */
export const humanScorer = {
  provider: "human",
  model: "scorecard",
  scorerVersion: "human-scorecard-1",
} as const;

/** The interview's competencies in question order, each with its rubric and question count. */
export function listScorecardCompetencies(options: {
  position: { rubrics: StoredCompetencyRubric[]; language: string };
  questions: Pick<InterviewQuestion, "competency">[];
}): ScorecardCompetency[] {
  const counts = new Map<string, number>();
  for (const { competency } of options.questions) {
    counts.set(competency, (counts.get(competency) ?? 0) + 1);
  }
  return [...counts].map(([competency, questionCount]) => {
    const rubric = resolveRubric({ ...options.position, competency });
    return {
      competency,
      questionCount,
      rubricVersion: computeRubricVersion({
        rubric,
        language: options.position.language,
        scorer: humanScorer,
      }),
      criteria: rubric.criteria,
    };
  });
}
