import {
  type BuiltInCompetency,
  isBuiltInCompetency,
  toCompetencyLanguage,
} from "@/lib/competencies/registry";
import type { SupportedLanguage } from "@/lib/i18n/languages";
import { defaultRubricsEn } from "./default-rubrics-en";
import { defaultRubricsKo } from "./default-rubrics-ko";
import type { CompetencyRubric, RubricCriterion } from "./schemas";

// No "server-only" and no zod here: the position form imports this to prefill its rubric editor.

// A new supported language or a new built-in competency fails to compile until its texts exist.
const defaultRubricsByLanguage: Record<
  SupportedLanguage,
  Record<BuiltInCompetency, RubricCriterion[]>
> = {
  en: defaultRubricsEn,
  ko: defaultRubricsKo,
};

/** "customer-empathy" → "customer empathy", for use inside rubric sentences. */
function formatCompetencyLabel(competency: string): string {
  return competency.replace(/[-_]+/g, " ").replace(/\s+/g, " ").trim();
}

/** Competency-agnostic evidence criteria, for competencies a recruiter names themselves. */
function buildFallbackCriteria(options: {
  label: string;
  language: SupportedLanguage;
}): RubricCriterion[] {
  const { label } = options;
  if (options.language === "ko") {
    return [
      {
        key: "relevance",
        name: `'${label}' 관련성`,
        description: `답변이 질문에 답하면서 '${label}' 역량을 드러내는지 평가`,
        anchors: {
          "1": `질문이나 '${label}' 역량과 관계없는 이야기를 함`,
          "3": `'${label}' 역량과 관련은 있지만, 일반론에 그치거나 질문에 일부만 답함`,
          "5": `질문에 정면으로 답하고, 실제 경험을 통해 '${label}' 역량을 보여 줌`,
        },
      },
      {
        key: "own_actions",
        name: "본인의 행동",
        description: `'${label}' 역량과 관련해 본인이 직접 내린 결정과 한 일을 밝히는지 평가`,
        anchors: {
          "1": "팀이나 다른 사람이 한 일 위주로 말하며, 본인의 역할은 드러나지 않음",
          "3": "본인이 한 일은 말하지만, 그 뒤에 있던 판단이나 결정은 설명하지 않음",
          "5": "본인이 내린 결정과 행동, 그렇게 판단한 이유, 그로 인해 무엇이 달라졌는지까지 설명함",
        },
      },
      {
        key: "specifics",
        name: "구체성",
        description: `'${label}' 역량을 구체적인 사례와 사실로 뒷받침하는지 평가`,
        anchors: {
          "1": "원칙론이나 가정적인 이야기만 하고 실제 사례가 없음",
          "3": "실제 사례를 들지만 누가, 언제, 얼마나 같은 구체적인 내용이 부족함",
          "5": "맥락, 구체적인 사실, 수치를 갖춘 사례를 들어 면접관이 추가 질문으로 확인할 수 있을 정도임",
        },
      },
      {
        key: "outcome_reflection",
        name: "결과와 성찰",
        description: `'${label}' 역량과 관련한 행동의 결과와 배운 점을 말하는지 평가`,
        anchors: {
          "1": "어떻게 끝났는지, 무엇을 배웠는지 말하지 않음",
          "3": "결과는 말하지만 근거나 돌아본 내용이 없음",
          "5": "측정하거나 확인할 수 있는 결과와 함께, 배운 점이나 다음에 다르게 할 점을 설명함",
        },
      },
    ];
  }
  return [
    {
      key: "relevance",
      name: `Relevance to ${label}`,
      description: `Whether the answer addresses the question and shows ${label}.`,
      anchors: {
        "1": `The answer does not address the question or ${label}.`,
        "3": `The answer relates to ${label}, but stays general or only partly addresses the question.`,
        "5": `The answer addresses the question directly and shows ${label} through a real situation.`,
      },
    },
    {
      key: "own_actions",
      name: "Own actions",
      description: `Whether the candidate makes clear what they personally decided and did for ${label}.`,
      anchors: {
        "1": "Describes what the team or others did; the candidate's own part is unclear.",
        "3": "Names own actions, but not the decisions behind them.",
        "5": "Names own decisions and actions, why they were chosen, and what they changed.",
      },
    },
    {
      key: "specifics",
      name: "Specifics",
      description: `Whether the candidate backs up ${label} with a concrete example and facts.`,
      anchors: {
        "1": "Speaks in principles or hypotheticals with no real example.",
        "3": "Gives a real example, but with few concrete details (who, when, how much).",
        "5": "Gives an example with context, concrete facts and numbers that the interviewer could follow up on.",
      },
    },
    {
      key: "outcome_reflection",
      name: "Outcome and reflection",
      description: `Whether the candidate states what their ${label} led to and what they learned.`,
      anchors: {
        "1": "Does not say how things ended or what they learned.",
        "3": "States the outcome, but without evidence or reflection.",
        "5": "States a measured or observable outcome and what they learned or would do differently.",
      },
    },
  ];
}

/** The built-in rubric for a competency, in the interview's language (Korean for "ko-*", else English). */
export function getDefaultRubric(options: {
  competency: string;
  language: string;
}): CompetencyRubric {
  // Same normalisation as competencyRubricSchema, so "System-Design" finds the built-in rubric.
  const competency = options.competency.trim().toLowerCase();
  const language = toCompetencyLanguage(options.language);
  const known = isBuiltInCompetency(competency)
    ? defaultRubricsByLanguage[language][competency]
    : null;
  const criteria =
    known ?? buildFallbackCriteria({ label: formatCompetencyLabel(competency), language });
  // Copies, so a form editing the result cannot change the shared defaults.
  return {
    competency,
    criteria: criteria.map((criterion) => ({ ...criterion, anchors: { ...criterion.anchors } })),
  };
}

/** One default rubric per distinct competency, in the order first given. */
export function getDefaultRubrics(options: {
  competencies: string[];
  language: string;
}): CompetencyRubric[] {
  const competencies = [...new Set(options.competencies.map((name) => name.trim().toLowerCase()))];
  return competencies.map((competency) =>
    getDefaultRubric({ competency, language: options.language }),
  );
}
