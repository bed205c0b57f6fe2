import "server-only";
import type { StoredCompetencyRubric } from "@/db/schema";
import { saveRubricVersion } from "@/lib/db/rubric-versions";
import { resolveRubric } from "@/lib/rubrics/resolve-rubric";
import { computeRubricVersion } from "@/lib/rubrics/rubric-version";

export type Scorer = { provider: string; model: string; scorerVersion: string };

/**
 * The rubric version each competency of a position scores under (its own rubric, else the
 * default), sorted and distinct: two sets are equal exactly when new scores would mean the same.
 */
export function listPositionRubricVersions(options: {
  competencies: string[];
  rubrics: StoredCompetencyRubric[];
  language: string;
  scorer: Scorer;
}) {
  const versions = options.competencies.map((competency) => {
    const rubric = resolveRubric({
      rubrics: options.rubrics,
      language: options.language,
      competency,
    });
    const id = computeRubricVersion({ rubric, language: options.language, scorer: options.scorer });
    return { id, rubric };
  });
  return {
    ids: [...new Set(versions.map((version) => version.id))].sort(),
    /** Keeps what each version means (a no-op for one already kept): replays are kept with them. */
    save: () =>
      Promise.all(
        versions.map(({ id, rubric }) =>
          saveRubricVersion({
            id,
            competency: rubric.competency,
            language: options.language,
            criteria: rubric.criteria,
            ...options.scorer,
          }),
        ),
      ),
  };
}

/** The scorer part of a rubric version, from a provider. */
export function toScorer(provider: {
  name: string;
  models: { chat: string };
  scorerVersion: string;
}): Scorer {
  return {
    provider: provider.name,
    model: provider.models.chat,
    scorerVersion: provider.scorerVersion,
  };
}
