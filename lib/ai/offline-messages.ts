import "server-only";
import { type Criterion, type Factors, reuseThreshold } from "./offline-criteria";
import type { OfflineLanguage } from "./offline-language-rules";
import type { Measured } from "./offline-measured";

type Scored = { measured: Measured; factors: Factors };

export type OfflineMessages = {
  label: Record<Criterion, string>;
  /** The name of a structure-marker group (sequence, cause, example, result) in this language. */
  markerGroup: (group: string) => string;
  rationale: Record<Criterion, (m: Measured) => string>;
  strength: Record<Criterion, string>;
  improvement: Record<Criterion, string>;
  /** One line per discount that applied (off-topic, repetition, long and unfocused, reuse). */
  discounts: (scored: Scored) => string[];
  directives: (count: number) => string;
  reviewReason: (quote: string) => string;
  feedback: (score: number) => string;
  measurements: (scored: Scored) => string;
};

const percent = (share: number) => `${Math.round(share * 100)}%`;
const factor = (value: number) => value.toFixed(2);

// Every text says it comes from a heuristic, so no reader mistakes it for a model's judgement.
const en: OfflineMessages = {
  markerGroup: (group) => group,
  label: {
    depth: "Depth",
    structure: "Structure",
    specificity: "Specificity",
    relevance: "Relevance",
    clarity: "Clarity",
  },
  rationale: {
    depth: (m) =>
      `${m.contentWords} distinct content words in ${m.creditedCount} credited sentences (full credit at ${m.fullContentWords}); words copied from the question are not counted.`,
    structure: (m) =>
      `Marker groups in credited sentences: ${m.markerGroups.join(", ") || "none"}; ${m.agentCount} of ${m.creditedCount} sentences say who did what.`,
    specificity: (m) =>
      `${m.numberCount} distinct numbers and ${m.namedTermCount} named tools or terms in credited sentences.`,
    relevance: (m) =>
      `${m.keywordHits} of ${m.keywordCount} question keywords used in the answer's own words (${m.copiedKeywordHits} more only in phrases copied from the question, half credit); ${m.onTopicCount} of ${m.creditedCount} credited sentences are on the question.`,
    clarity: (m) =>
      `${m.fillerCount} filler words in ${m.wordCount} words; ${percent(m.sentenceShare)} of the words stand in full sentences.`,
  },
  strength: {
    depth: "Gives a full, developed answer.",
    structure: "Says who did what, in order, with reasons and results.",
    specificity: "Backs claims with concrete numbers and named tools.",
    relevance: "Stays on the question that was asked.",
    clarity: "Speaks in full sentences with few fillers.",
  },
  improvement: {
    depth: "Develop the answer further: situation, actions and outcome.",
    structure: "Say who did what: what you did first, why, an example, and the result.",
    specificity: "Add specifics: numbers, tools, names, measurable outcomes.",
    relevance: "Answer the question that was asked, in your own words rather than its words.",
    clarity: "Answer in full sentences and cut filler words.",
  },
  // Advice only: candidates may read these, and the factors behind them are in `measurements`.
  discounts: ({ factors: f }) => [
    ...(f.relevanceGate < 1
      ? ["Most of the answer is about something other than this question."]
      : []),
    ...(f.repetition < 1 ? ["Say each point once: repeated wording adds nothing."] : []),
    ...(f.focus < 1
      ? ["Keep it focused: long passages without specifics about the question add nothing."]
      : []),
    ...(f.reuse < 1
      ? ["Answer each question on its own: this answer repeats your answer to another question."]
      : []),
  ],
  directives: (count) =>
    `${count} sentence(s) addressed the evaluator instead of the question; they earned no credit and the answer goes to a person for review.`,
  reviewReason: (quote) => `Addressed to the evaluator: "${quote}"`,
  feedback: (score) =>
    `Offline heuristic evaluation (no AI model was used): ${score}/100 from what the answer's own sentences show (content, who did what, specifics, the question's topic), scaled down for off-topic, repeated, padded or reused text.`,
  measurements: ({ measured: m, factors: f }) =>
    `offline heuristic: ${m.wordCount} words, ${m.creditedCount} credited of ${m.sentenceCount} sentences (${m.copiedCount} copied from the question, ${m.repeatedCount} repeated), ${m.contentWords} content words, marker groups [${m.markerGroups.join(", ")}], ${m.agentCount} who-did-what, ${m.numberCount} numbers, ${m.namedTermCount} named terms, ${m.keywordHits}+${m.copiedKeywordHits} copied/${m.keywordCount} question keywords, ${m.fillerCount} fillers, ${m.directiveCount} sentences addressed to the evaluator (not credited); factors: relevance ${factor(f.relevanceGate)}, repetition ${factor(f.repetition)}, focus ${factor(f.focus)}, reuse ${factor(f.reuse)} (similarity ${factor(m.reuseSimilarity)}, reuse from ${reuseThreshold})`,
};

const koreanMarkerGroups: Record<string, string> = {
  sequence: "순서",
  cause: "이유",
  example: "예시",
  result: "결과",
};
const koreanGroups = (m: Measured) => m.markerGroups.map((g) => koreanMarkerGroups[g] ?? g);

const ko: OfflineMessages = {
  markerGroup: (group) => koreanMarkerGroups[group] ?? group,
  label: {
    depth: "충실도",
    structure: "구조",
    specificity: "구체성",
    relevance: "관련성",
    clarity: "명확성",
  },
  rationale: {
    depth: (m) =>
      `점수를 받은 ${m.creditedCount}문장의 서로 다른 내용어 ${m.contentWords}개 (${m.fullContentWords}개에서 만점). 질문에서 옮긴 표현은 세지 않습니다.`,
    structure: (m) =>
      `점수를 받은 문장의 구조 표지: ${koreanGroups(m).join(", ") || "없음"}. ${m.creditedCount}문장 중 ${m.agentCount}문장이 누가 무엇을 했는지 말합니다.`,
    specificity: (m) =>
      `점수를 받은 문장의 서로 다른 숫자 ${m.numberCount}개, 도구·고유명사 ${m.namedTermCount}개.`,
    relevance: (m) =>
      `질문 핵심어 ${m.keywordCount}개 중 ${m.keywordHits}개를 자기 말로 사용했고(질문을 옮긴 표현에만 나온 ${m.copiedKeywordHits}개는 절반 반영), ${m.creditedCount}문장 중 ${m.onTopicCount}문장이 질문에 관한 내용입니다.`,
    clarity: (m) =>
      `${m.wordCount}어절 중 군말 ${m.fillerCount}개, 완결된 문장 속 어절 ${percent(m.sentenceShare)}.`,
  },
  strength: {
    depth: "충분히 전개된 답변입니다.",
    structure: "누가 무엇을 했는지 순서, 이유, 결과와 함께 말했습니다.",
    specificity: "숫자와 도구 이름으로 주장을 뒷받침했습니다.",
    relevance: "받은 질문에 집중했습니다.",
    clarity: "완결된 문장으로 군말 없이 말했습니다.",
  },
  improvement: {
    depth: "상황, 행동, 결과를 더 자세히 설명해 보세요.",
    structure: "누가 무엇을 했는지, 왜 그랬는지, 예시와 결과 순서로 말해 보세요.",
    specificity: "숫자, 도구, 측정 가능한 성과 등 구체적인 내용을 더하세요.",
    relevance: "질문의 표현을 되풀이하지 말고 받은 질문에 직접 답하세요.",
    clarity: "완결된 문장으로 말하고 군말을 줄이세요.",
  },
  discounts: ({ factors: f }) => [
    ...(f.relevanceGate < 1 ? ["답변 대부분이 이 질문이 아닌 다른 내용입니다."] : []),
    ...(f.repetition < 1 ? ["같은 내용은 한 번만 말하세요. 반복한 표현은 더해지지 않습니다."] : []),
    ...(f.focus < 1
      ? ["핵심에 집중하세요. 질문에 관한 구체적인 내용 없이 긴 부분은 더해지지 않습니다."]
      : []),
    ...(f.reuse < 1
      ? ["질문마다 따로 답하세요. 이 답변은 다른 질문에 한 답변을 되풀이합니다."]
      : []),
  ],
  directives: (count) =>
    `${count}개 문장이 질문이 아니라 평가자에게 하는 말이어서 점수에 반영하지 않았고, 사람이 검토하도록 넘겼습니다.`,
  reviewReason: (quote) => `평가자에게 하는 말: "${quote}"`,
  feedback: (score) =>
    `오프라인 휴리스틱 평가(AI 모델 미사용): 답변 문장이 보여 주는 내용, 누가 무엇을 했는지, 구체성, 질문 관련성을 측정해 ${score}/100점을 매겼고, 관련 없는·반복된·늘린·재사용한 내용은 깎았습니다.`,
  measurements: ({ measured: m, factors: f }) =>
    `offline heuristic: ${m.wordCount}어절, 문장 ${m.sentenceCount}개 중 ${m.creditedCount}개 반영(질문 옮김 ${m.copiedCount}, 반복 ${m.repeatedCount}), 내용어 ${m.contentWords}, 구조 표지 [${koreanGroups(m).join(", ")}], 누가 무엇을 ${m.agentCount}, 숫자 ${m.numberCount}, 고유명사 ${m.namedTermCount}, 질문 핵심어 ${m.keywordHits}+옮김 ${m.copiedKeywordHits}/${m.keywordCount}, 군말 ${m.fillerCount}, 평가자에게 한 말 ${m.directiveCount}문장(반영 안 함); 계수: 관련성 ${factor(f.relevanceGate)}, 반복 ${factor(f.repetition)}, 집중 ${factor(f.focus)}, 재사용 ${factor(f.reuse)} (유사도 ${factor(m.reuseSimilarity)}, ${reuseThreshold} 이상은 재사용)`,
};

export function getOfflineMessages(language: OfflineLanguage): OfflineMessages {
  return language === "ko" ? ko : en;
}
