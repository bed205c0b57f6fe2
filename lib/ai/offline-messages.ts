import "server-only";
import type { OfflineLanguage } from "./offline-language-rules";

export type Criterion = "depth" | "structure" | "specificity" | "relevance" | "clarity";

export type Measured = {
  length: number;
  wordCount: number;
  markerGroups: string[];
  numberCount: number;
  namedTermCount: number;
  keywordHits: number;
  keywordCount: number;
  fillerCount: number;
  directiveCount: number;
};

type Messages = {
  label: Record<Criterion, string>;
  /** The name of a structure-marker group (sequence, cause, example, result) in this language. */
  markerGroup: (group: string) => string;
  rationale: Record<Criterion, (m: Measured) => string>;
  strength: Record<Criterion, string>;
  improvement: Record<Criterion, string>;
  directives: (count: number) => string;
  feedback: (score: number) => string;
  measurements: (m: Measured) => string;
};

// Every text says it comes from a heuristic, so no reader mistakes it for a model's judgement.
const en: Messages = {
  markerGroup: (group) => group,
  label: {
    depth: "Depth",
    structure: "Structure",
    specificity: "Specificity",
    relevance: "Relevance",
    clarity: "Clarity",
  },
  rationale: {
    depth: (m) => `Measured length: ${m.length} words (full credit at 150).`,
    structure: (m) =>
      `Structure marker groups used: ${m.markerGroups.join(", ") || "none"} (25 points each of sequence, cause, example, result).`,
    specificity: (m) =>
      `Counted ${m.numberCount} numbers and ${m.namedTermCount} named tools or terms.`,
    relevance: (m) =>
      m.keywordCount === 0
        ? "The question had no content words to compare; neutral score."
        : `${m.keywordHits} of ${m.keywordCount} content words of the question and competency appear in the answer.`,
    clarity: (m) =>
      `Counted ${m.fillerCount} filler words in ${m.wordCount} words; short answers get partial credit.`,
  },
  strength: {
    depth: "Gives a full, developed answer.",
    structure: "Organises the answer with clear steps, reasons and results.",
    specificity: "Backs claims with concrete numbers and named tools.",
    relevance: "Stays on the question and the competency.",
    clarity: "Speaks clearly with few fillers.",
  },
  improvement: {
    depth: "Develop the answer further: situation, actions and outcome.",
    structure: "Structure the answer: what you did first, why, an example, and the result.",
    specificity: "Add specifics: numbers, tools, names, measurable outcomes.",
    relevance: "Address the question and the competency it asks about more directly.",
    clarity: "Cut filler words and keep sentences direct.",
  },
  directives: (count) =>
    `${count} sentence(s) addressed the evaluator instead of the question; they were treated as data and earned no credit.`,
  feedback: (score) =>
    `Offline heuristic evaluation (no AI model was used): ${score}/100 from measured length, structure markers, specifics, overlap with the question, and fillers.`,
  measurements: (m) =>
    `offline heuristic: ${m.length} words, marker groups [${m.markerGroups.join(", ")}], ${m.numberCount} numbers, ${m.namedTermCount} named terms, ${m.keywordHits}/${m.keywordCount} question keywords, ${m.fillerCount} fillers, ${m.directiveCount} sentences addressed to the evaluator (not credited)`,
};

const koreanMarkerGroups: Record<string, string> = {
  sequence: "순서",
  cause: "이유",
  example: "예시",
  result: "결과",
};

const ko: Messages = {
  markerGroup: (group) => koreanMarkerGroups[group] ?? group,
  label: {
    depth: "충실도",
    structure: "구조",
    specificity: "구체성",
    relevance: "관련성",
    clarity: "명확성",
  },
  rationale: {
    depth: (m) => `측정한 길이: ${m.length}자, ${m.wordCount}어절 (300자에서 만점).`,
    structure: (m) =>
      `사용한 구조 표지 그룹: ${m.markerGroups.map(ko.markerGroup).join(", ") || "없음"} (순서·이유·예시·결과 그룹당 25점).`,
    specificity: (m) => `숫자 ${m.numberCount}개, 도구·고유명사 ${m.namedTermCount}개를 셌습니다.`,
    relevance: (m) =>
      m.keywordCount === 0
        ? "질문에 비교할 핵심어가 없어 중립 점수를 주었습니다."
        : `질문과 역량의 핵심어 ${m.keywordCount}개 중 ${m.keywordHits}개가 답변에 나옵니다.`,
    clarity: (m) =>
      `${m.wordCount}어절 중 군말 ${m.fillerCount}개를 셌습니다. 짧은 답변은 일부 점수만 받습니다.`,
  },
  strength: {
    depth: "충분히 전개된 답변입니다.",
    structure: "단계, 이유, 결과가 드러나게 답변을 구성했습니다.",
    specificity: "숫자와 도구 이름으로 주장을 뒷받침했습니다.",
    relevance: "질문과 역량에 집중했습니다.",
    clarity: "군말이 적고 명확합니다.",
  },
  improvement: {
    depth: "상황, 행동, 결과를 더 자세히 설명해 보세요.",
    structure: "먼저 무엇을 했는지, 왜 그랬는지, 예시와 결과 순서로 구성해 보세요.",
    specificity: "숫자, 도구, 측정 가능한 성과 등 구체적인 내용을 더하세요.",
    relevance: "질문과 그 역량에 더 직접적으로 답하세요.",
    clarity: "군말을 줄이고 문장을 간결하게 하세요.",
  },
  directives: (count) =>
    `${count}개 문장이 질문이 아니라 평가자에게 하는 말이어서 데이터로만 취급했고 점수에 반영하지 않았습니다.`,
  feedback: (score) =>
    `오프라인 휴리스틱 평가(AI 모델 미사용): 길이, 구조 표지, 구체성, 질문과의 겹침, 군말을 측정해 ${score}/100점을 매겼습니다.`,
  measurements: (m) =>
    `offline heuristic: ${m.length}자/${m.wordCount}어절, 구조 표지 [${m.markerGroups.map(ko.markerGroup).join(", ")}], 숫자 ${m.numberCount}, 고유명사 ${m.namedTermCount}, 질문 핵심어 ${m.keywordHits}/${m.keywordCount}, 군말 ${m.fillerCount}, 평가자에게 한 말 ${m.directiveCount}문장(반영 안 함)`,
};

export function getOfflineMessages(language: OfflineLanguage): Messages {
  return language === "ko" ? ko : en;
}
