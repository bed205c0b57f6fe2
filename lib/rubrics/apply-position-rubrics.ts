import "server-only";
import type { StoredCompetencyRubric } from "@/db/schema";
import { DomainError } from "@/lib/domain-error";
import { completeRubrics } from "./complete-rubrics";
import type { CompetencyRubric } from "./schemas";

/** The position's full rubric set after a create or an edit; refuses a rubric it cannot hold. */
export function applyPositionRubrics(options: {
  competencies: string[];
  language: string;
  sent?: CompetencyRubric[];
  existing?: StoredCompetencyRubric[];
}): CompetencyRubric[] {
  const { rubrics, unknownCompetency } = completeRubrics(options);
  if (unknownCompetency !== null) {
    throw new DomainError({
      kind: "invalid_input",
      message: `rubrics: "${unknownCompetency}" is not one of the position's competencies.`,
    });
  }
  return rubrics;
}
