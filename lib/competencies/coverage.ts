import { getDefaultRubric } from "@/lib/rubrics/default-rubrics";
import type { CompetencyRubric } from "@/lib/rubrics/schemas";
import { getCompetencyLabel, isBuiltInCompetency, toCompetencyLanguage } from "./registry";
import type { CompetencyCoverage } from "./schemas";

// Field by field: a rubric read back from jsonb has its object keys in another order.
const flatten = (rubric: CompetencyRubric) =>
  JSON.stringify(
    rubric.criteria.map((c) => [
      c.key,
      c.name,
      c.description,
      c.anchors[1],
      c.anchors[3],
      c.anchors[5],
    ]),
  );
const sameCriteria = (a: CompetencyRubric, b: CompetencyRubric) => flatten(a) === flatten(b);

/**
 * Per competency of a position: its label in the position's language, where its rubric comes
 * from, how many bank questions it has, and a warning where it has no default rubric (a
 * recruiter's own, still on generic criteria) or no bank questions in the language (offline,
 * an interview then asks nothing about it).
 */
export function describeCompetencyCoverage(options: {
  competencies: string[];
  language: string;
  rubrics: CompetencyRubric[];
  bankQuestionCounts: ReadonlyMap<string, number>;
}): CompetencyCoverage[] {
  const language = toCompetencyLanguage(options.language);
  return options.competencies.map((competency) => {
    const isBuiltIn = isBuiltInCompetency(competency);
    const stored = options.rubrics.find((rubric) => rubric.competency === competency);
    const fallback = getDefaultRubric({ competency, language: options.language });
    const rubricSource =
      stored && !sameCriteria(stored, fallback) ? "recruiter" : isBuiltIn ? "built_in" : "generic";
    const bankQuestionCount = options.bankQuestionCounts.get(competency) ?? 0;
    const warnings: CompetencyCoverage["warnings"] = [];
    if (rubricSource === "generic") {
      warnings.push({
        code: "no_default_rubric",
        message:
          "Not a built-in competency: it is scored on generic criteria until you write its rubric.",
      });
    }
    if (bankQuestionCount === 0) {
      warnings.push({
        code: "no_bank_questions",
        message: `The question bank has no questions for it in this position's language (${language}): interviews cover it only when an AI model writes the questions.`,
      });
    }
    const label = getCompetencyLabel({ competency, language });
    return { competency, label, isBuiltIn, rubricSource, bankQuestionCount, warnings };
  });
}
