import type { CompetencyScore } from "@/db/schema";
import { getCompetencyLabel } from "@/lib/competencies/registry";
import { getBaseLanguage } from "@/lib/i18n/languages";

/** A plain summary of the scores, naming who scored (the offline heuristic or a model). */
export function writeSummary(options: {
  language: string;
  overallScore: number;
  competencyScores: CompetencyScore[];
  scoredBy: { provider: "openai" | "offline"; model: string };
}): string {
  const isKorean = getBaseLanguage(options.language) === "ko";
  const scorer =
    options.scoredBy.provider === "offline"
      ? isKorean
        ? "오프라인 휴리스틱"
        : "the offline heuristic"
      : `OpenAI ${options.scoredBy.model}`;
  const sorted = [...options.competencyScores].sort((a, b) => b.score - a.score);
  const strongest = sorted[0];
  const weakest = sorted.at(-1);
  const name = (score: CompetencyScore) =>
    getCompetencyLabel({ competency: score.competency, language: options.language });
  if (isKorean) {
    return [
      `종합 점수 ${options.overallScore}/100 (${scorer} 평가).`,
      strongest ? `가장 강한 역량: ${name(strongest)} (${strongest.score}).` : "",
      weakest && weakest !== strongest ? `보완할 역량: ${name(weakest)} (${weakest.score}).` : "",
    ]
      .filter(Boolean)
      .join(" ");
  }
  return [
    `Overall ${options.overallScore}/100, scored by ${scorer}.`,
    strongest ? `Strongest competency: ${name(strongest)} (${strongest.score}).` : "",
    weakest && weakest !== strongest ? `Weakest: ${name(weakest)} (${weakest.score}).` : "",
  ]
    .filter(Boolean)
    .join(" ");
}
