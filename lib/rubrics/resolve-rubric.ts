import "server-only";
import type { StoredCompetencyRubric } from "@/db/schema";
import { getDefaultRubric } from "./default-rubrics";
import { type CompetencyRubric, competencyRubricSchema } from "./schemas";

/**
 * The rubric a competency is scored on: the position's own when it has a valid one, otherwise
 * the default for the competency in the position's language.
 */
export function resolveRubric(options: {
  rubrics: StoredCompetencyRubric[];
  competency: string;
  language: string;
}): CompetencyRubric {
  const competency = options.competency.trim().toLowerCase();
  const own = options.rubrics.find((rubric) => rubric.competency === competency);
  const parsed = competencyRubricSchema.safeParse(own);
  return parsed.success
    ? parsed.data
    : getDefaultRubric({ competency, language: options.language });
}
