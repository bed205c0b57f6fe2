import "server-only";
import { getCompetencyLabel, isBuiltInCompetency } from "@/lib/competencies/registry";
import type { FollowUpGap } from "./offline-follow-up-gaps";
import type { OfflineLanguage } from "./offline-language-rules";

/** What a follow-up asks for: one missing thing, or a whole example when the answer is thin. */
export type FollowUpAsk = FollowUpGap | "example";
/** A question about the past ("tell me about a time") or a hypothetical one ("how would you"). */
export type QuestionKind = "experience" | "hypothetical";

type Template = (topic: string | null) => string;

// The topic is the competency, said the way the language says it; templates use it only where
// the sentence reads naturally with it, and read as well without it (a competency we cannot name).
const templates: Record<OfflineLanguage, Record<QuestionKind, Record<FollowUpAsk, Template>>> = {
  en: {
    experience: {
      example: (topic) =>
        `Could you walk me through one real situation${topic ? ` that shows your ${topic}` : ""}: what was at stake, what you did, and how it turned out?`,
      outcome: () =>
        "How did it turn out? What changed as a result — a number or a before-and-after would help.",
      ownAction: () =>
        "What was your own part in that? Tell me what you did yourself, as opposed to the team.",
      specifics: (topic) =>
        `Could you make that concrete? Name the tools, systems or numbers involved${topic ? ` in that ${topic} work` : ""}.`,
    },
    hypothetical: {
      // No topic here: "your approach to this problem solving problem" reads as a machine wrote it.
      example: () =>
        "Could you walk me through your approach step by step: what you would do first, and why?",
      outcome: () =>
        "How would you know it worked? What would you measure, and what result would you expect?",
      ownAction: () => "What would you do yourself first, and why that before anything else?",
      specifics: () =>
        "Could you make that concrete? Which technologies, numbers or limits would shape your decisions?",
    },
  },
  ko: {
    experience: {
      example: (topic) =>
        `${topic ? `${topic} 역량을 보여 주는 ` : ""}실제 사례 하나를 구체적으로 말씀해 주시겠어요? 어떤 상황이었고, 직접 무엇을 하셨고, 결과는 어땠는지 듣고 싶습니다.`,
      outcome: () =>
        "그래서 결과는 어떻게 되었나요? 무엇이 달라졌는지, 가능하면 수치나 전후 비교로 말씀해 주세요.",
      ownAction: () =>
        "그중 본인이 직접 하신 일은 무엇이었나요? 팀 전체가 아니라 본인의 역할과 행동을 말씀해 주세요.",
      specifics: (topic) =>
        `조금 더 구체적으로 말씀해 주시겠어요? ${topic ? `그 ${topic} 과정에서 ` : ""}사용하신 도구나 시스템, 관련된 수치를 들어 주세요.`,
    },
    hypothetical: {
      example: (topic) =>
        `${topic ? `${topic} 관점에서 ` : ""}어떻게 접근하실지 단계별로 말씀해 주시겠어요? 무엇을 먼저 하고 왜 그렇게 하시는지 듣고 싶습니다.`,
      outcome: () =>
        "그 방법이 효과가 있었는지는 어떻게 확인하시겠어요? 어떤 지표를 보고, 어떤 결과를 기대하시나요?",
      ownAction: () => "그 상황에서 본인이 가장 먼저 하실 일은 무엇이고, 왜 그것부터 하시나요?",
      specifics: (topic) =>
        `조금 더 구체적으로 말씀해 주시겠어요? ${topic ? `${topic} 판단에 ` : "판단에 "}쓰실 기술이나 수치, 제약 조건을 들어 주세요.`,
    },
  },
};

function describeTopic(options: { competency: string; language: OfflineLanguage }) {
  const key = options.competency.trim().toLowerCase();
  const label = key.replace(/[-_]+/g, " ").replace(/\s+/g, " ").trim();
  if (!label) return null;
  if (options.language === "en") return /^[a-z ]{3,40}$/.test(label) ? label : null;
  // A built-in competency by its Korean name; another is quoted as the recruiter wrote it.
  return isBuiltInCompetency(key)
    ? getCompetencyLabel({ competency: key, language: options.language })
    : `'${label}'`;
}

export function writeFollowUpQuestion(options: {
  ask: FollowUpAsk;
  kind: QuestionKind;
  competency: string;
  language: OfflineLanguage;
}): string {
  const topic = describeTopic(options);
  return templates[options.language][options.kind][options.ask](topic);
}

const gapLabels: Record<FollowUpGap, string> = {
  outcome: "an outcome",
  ownAction: "the candidate's own part",
  specifics: "specifics",
};

/** For the recruiter: the thread still lacks these, but every follow-up for them was asked. */
export function describeAskedGaps(missing: FollowUpGap[]): string {
  return `Already asked: the thread still lacks ${missing.map((gap) => gapLabels[gap]).join(", ")}, and a follow-up asked for it.`;
}

/** For the recruiter, in English: what the thread lacks, in one short sentence. */
export function describeFollowUpReason(options: {
  ask: FollowUpAsk;
  kind: QuestionKind;
  wordCount: number;
}): string {
  const wouldOrDid = options.kind === "hypothetical" ? "would do" : "did";
  switch (options.ask) {
    case "example":
      return `Too thin: ${options.wordCount} words and no worked example.`;
    case "outcome":
      return options.kind === "hypothetical"
        ? "No outcome: the answer never says how success would be measured."
        : "No outcome: the answer never says what changed.";
    case "ownAction":
      return `No own action: the answer never says what the candidate ${wouldOrDid} personally.`;
    case "specifics":
      return "No specifics: the answer names no number, tool or system.";
  }
}

// A question about the past asks for experience even when it also says "would" ("…and what would
// you do differently?"); only a question that never asks for one is hypothetical.
const hypotheticalMarkers: Record<OfflineLanguage, RegExp> = {
  en: /\b(would you|imagine|suppose|if you were|how would|what would)\b/i,
  ko: /(시겠|가정|라면)/,
};
const experienceMarkers: Record<OfflineLanguage, RegExp> = {
  en: /\b(a time|have you|tell me about|your own experience|you (led|fixed|built|had|did|made|handled))\b/i,
  ko: /(경험|사례|셨나요|셨던|셨습니까)/,
};

export function classifyQuestion(options: {
  question: string;
  language: OfflineLanguage;
}): QuestionKind {
  const { question, language } = options;
  return hypotheticalMarkers[language].test(question) && !experienceMarkers[language].test(question)
    ? "hypothetical"
    : "experience";
}
