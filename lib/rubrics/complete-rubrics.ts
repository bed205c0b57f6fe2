import type { StoredCompetencyRubric } from "@/db/schema";
import { getDefaultRubric } from "./default-rubrics";
import type { CompetencyRubric } from "./schemas";

/**
 * One rubric per competency of the position, in its order: the one sent, else the one it had,
 * else the default in its language. Rubrics of competencies it no longer lists are dropped.
 * Returns the name of a sent rubric's competency the position does not list, so the caller can
 * refuse it instead of silently dropping what the recruiter wrote.
 */
export function completeRubrics(options: {
  competencies: string[];
  language: string;
  sent?: CompetencyRubric[];
  existing?: StoredCompetencyRubric[];
}): { rubrics: CompetencyRubric[]; unknownCompetency: string | null } {
  const unknown = options.sent?.find((rubric) => !options.competencies.includes(rubric.competency));
  const rubrics = options.competencies.map(
    (competency) =>
      options.sent?.find((rubric) => rubric.competency === competency) ??
      options.existing?.find((rubric) => rubric.competency === competency) ??
      getDefaultRubric({ competency, language: options.language }),
  );
  return { rubrics, unknownCompetency: unknown?.competency ?? null };
}
