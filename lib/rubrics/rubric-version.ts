import "server-only";
import { createHash } from "node:crypto";
import { getBaseLanguage } from "@/lib/i18n/languages";
import type { CompetencyRubric } from "./schemas";

/**
 * A rubric version names everything that decides what a score means: the criteria and anchors,
 * the language they are judged in, the prompt (or heuristic) version, the provider and the model.
 * Change any of them and new scores carry a new version; old ones keep theirs.
 */
export function computeRubricVersion(options: {
  rubric: CompetencyRubric;
  language: string;
  scorer: { provider: string; model: string; scorerVersion: string };
}): string {
  const content = JSON.stringify([
    options.rubric.competency,
    options.rubric.criteria.map((c) => [
      c.key,
      c.name,
      c.description,
      c.anchors["1"],
      c.anchors["3"],
      c.anchors["5"],
    ]),
    getBaseLanguage(options.language),
    options.scorer.provider,
    options.scorer.model,
    options.scorer.scorerVersion,
  ]);
  return `rv-${createHash("sha256").update(content).digest("hex").slice(0, 16)}`;
}
