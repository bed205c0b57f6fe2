import "server-only";
import { type Criterion, type Factors, reuseThreshold } from "./offline-criteria";
import type { OfflineLanguage } from "./offline-language-rules";
import type { Measured } from "./offline-measured";
import { offlineScorerVersion } from "./offline-scorer-version";

type Scored = { measured: Measured; factors: Factors };

export type OfflineMessages = {
  label: Record<Criterion, string>;
  rationale: Record<Criterion, (m: Measured) => string>;
  strength: Record<Criterion, string>;
  improvement: Record<Criterion, string>;
  /** One line per discount that applied (off-topic, repetition, long and unfocused, reuse). */
  discounts: (scored: Scored) => string[];
  directives: (count: number) => string;
  reviewReason: (quote: string) => string;
  /** Why an answer in another language than the position's goes to a person. */
  otherLanguage: (answerLanguage: OfflineLanguage) => string;
  feedback: (score: number) => string;
  measurements: (scored: Scored) => string;
};

const factor = (value: number) => value.toFixed(2);

// Every text says it comes from a heuristic, so no reader mistakes it for a model's judgement.
const en: OfflineMessages = {
  label: {
    situation: "Situation",
    actions: "Own actions",
    outcome: "Measured outcome",
    tradeoffs: "Alternatives weighed",
    lesson: "Lesson",
    relevance: "Relevance",
  },
  rationale: {
    situation: (m) =>
      `${m.situationCount} sentence(s) place the story in a specific situation (when and where it happened).`,
    actions: (m) =>
      `${m.ownActions} own action(s): sentences where the candidate says what they did (what they would do counts half); full credit at 3.`,
    outcome: (m) =>
      `${m.measuredOutcomeCount} result(s) tied to a measured change (a number next to a result word, or before → after) and ${m.outcomeCount} result word(s) in all, counted from the first own action.`,
    tradeoffs: (m) =>
      `${m.alternativeCount} sentence(s) weigh an alternative ("instead of", "rather than"); worth a third without a measured outcome.`,
    lesson: (m) =>
      `${m.lessonCount} sentence(s) say what was learned or is done differently now; worth a third without a measured outcome.`,
    relevance: (m) =>
      `${m.keywordHits} of ${m.keywordCount} question keywords in the answer's own words (${m.copiedKeywordHits} more only in phrases copied from the question), ${m.topicHits} topic terms of the competency; ${m.onTopicCount} of ${m.creditedCount} credited sentences are on the question.`,
  },
  strength: {
    situation: "Sets the story in a specific situation.",
    actions: "Says clearly what they did themselves.",
    outcome: "Ties the result to a measured change.",
    tradeoffs: "Weighs alternatives and says why one was chosen.",
    lesson: "Says what they learned or do differently since.",
    relevance: "Stays on the question that was asked.",
  },
  improvement: {
    situation: "Anchor the answer in a specific situation: when, where, what was at stake.",
    actions: "Say what you did yourself, step by step.",
    outcome: "Say what came of it, with a measure: before and after, or a number.",
    tradeoffs: "Say which options you weighed and why you chose the one you did.",
    lesson: "Say what you learned or would do differently.",
    relevance: "Answer the question that was asked, in your own words rather than its words.",
  },
  // Advice only: candidates may read these, and the factors behind them are in `measurements`.
  discounts: ({ factors: f }) => [
    ...(f.relevance < 0.8
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
  otherLanguage: (answerLanguage) =>
    `Answered in ${answerLanguage === "ko" ? "Korean" : "English"}, not the position's language: the offline score measures the story in that language, and a person should review it.`,
  feedback: (score) =>
    `Offline heuristic evaluation (no AI model was used): ${score}/100 from what the answer's own sentences show (content, who did what, specifics, the question's topic), scaled down for off-topic, repeated, padded or reused text.`,
  measurements: ({ measured: m, factors: f }) =>
    `offline heuristic (${offlineScorerVersion}): ${m.wordCount} words, ${m.creditedCount} credited of ${m.sentenceCount} sentences (${m.copiedCount} copied from the question, ${m.repeatedCount} repeated), ${m.contentWords} content words, ${m.situationCount} situation, ${m.ownActions} own actions, ${m.measuredOutcomeCount} measured outcomes (${m.outcomeCount} result words), ${m.alternativeCount} alternatives, ${m.lessonCount} lessons, ${m.keywordHits}+${m.copiedKeywordHits} copied/${m.keywordCount} question keywords, ${m.topicHits} topic terms, ${m.fillerCount} fillers (not counted against), ${m.directiveCount} sentences addressed to the evaluator (not credited); factors: relevance ${factor(f.relevance)}, repetition ${factor(f.repetition)}, focus ${factor(f.focus)}, reuse ${factor(f.reuse)} (similarity ${factor(m.reuseSimilarity)}, reuse from ${reuseThreshold})`,
};

const ko: OfflineMessages = {
  label: {
    situation: "상황",
    actions: "본인의 행동",
    outcome: "측정된 결과",
    tradeoffs: "대안 검토",
    lesson: "배운 점",
    relevance: "관련성",
  },
  rationale: {
    situation: (m) => `구체적인 상황(언제, 어디서)을 밝힌 문장 ${m.situationCount}개.`,
    actions: (m) =>
      `본인이 한 행동을 말한 문장 ${m.ownActions}개(하겠다는 계획은 절반). 3개에서 만점.`,
    outcome: (m) =>
      `측정된 변화(결과어 옆의 숫자, 전후 비교)로 말한 결과 ${m.measuredOutcomeCount}개, 결과어 전체 ${m.outcomeCount}개(첫 행동 이후부터 셈).`,
    tradeoffs: (m) =>
      `대안을 비교한 문장 ${m.alternativeCount}개("대신", "보다는"). 측정된 결과가 없으면 3분의 1만 반영.`,
    lesson: (m) =>
      `배운 점이나 이후 달라진 점을 말한 문장 ${m.lessonCount}개. 측정된 결과가 없으면 3분의 1만 반영.`,
    relevance: (m) =>
      `질문 핵심어 ${m.keywordCount}개 중 ${m.keywordHits}개를 자기 말로 사용(질문을 옮긴 표현에만 나온 ${m.copiedKeywordHits}개 별도), 역량 주제어 ${m.topicHits}개. ${m.creditedCount}문장 중 ${m.onTopicCount}문장이 질문에 관한 내용입니다.`,
  },
  strength: {
    situation: "구체적인 상황을 밝혔습니다.",
    actions: "본인이 한 일을 분명히 말했습니다.",
    outcome: "결과를 측정된 변화로 말했습니다.",
    tradeoffs: "대안을 비교하고 선택한 이유를 말했습니다.",
    lesson: "배운 점과 이후 달라진 점을 말했습니다.",
    relevance: "받은 질문에 집중했습니다.",
  },
  improvement: {
    situation: "언제, 어디서, 무엇이 걸려 있었는지 구체적인 상황을 말해 보세요.",
    actions: "본인이 직접 한 일을 순서대로 말해 보세요.",
    outcome: "그 결과를 숫자나 전후 비교로 말해 보세요.",
    tradeoffs: "어떤 대안을 검토했고 왜 그 방법을 택했는지 말해 보세요.",
    lesson: "배운 점이나 다르게 할 점을 말해 보세요.",
    relevance: "질문의 표현을 되풀이하지 말고 받은 질문에 직접 답하세요.",
  },
  discounts: ({ factors: f }) => [
    ...(f.relevance < 0.8 ? ["답변 대부분이 이 질문이 아닌 다른 내용입니다."] : []),
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
  otherLanguage: (answerLanguage) =>
    `포지션 언어가 아닌 ${answerLanguage === "en" ? "영어" : "한국어"}로 답했습니다. 오프라인 점수는 그 언어로 이야기를 측정한 것이므로 사람이 검토해야 합니다.`,
  feedback: (score) =>
    `오프라인 휴리스틱 평가(AI 모델 미사용): 답변 문장이 보여 주는 내용, 누가 무엇을 했는지, 구체성, 질문 관련성을 측정해 ${score}/100점을 매겼고, 관련 없는·반복된·늘린·재사용한 내용은 깎았습니다.`,
  measurements: ({ measured: m, factors: f }) =>
    `offline heuristic (${offlineScorerVersion}): ${m.wordCount}어절, 문장 ${m.sentenceCount}개 중 ${m.creditedCount}개 반영(질문 옮김 ${m.copiedCount}, 반복 ${m.repeatedCount}), 내용어 ${m.contentWords}, 상황 ${m.situationCount}, 본인 행동 ${m.ownActions}, 측정된 결과 ${m.measuredOutcomeCount}(결과어 ${m.outcomeCount}), 대안 ${m.alternativeCount}, 배운 점 ${m.lessonCount}, 질문 핵심어 ${m.keywordHits}+옮김 ${m.copiedKeywordHits}/${m.keywordCount}, 주제어 ${m.topicHits}, 군말 ${m.fillerCount}(감점 없음), 평가자에게 한 말 ${m.directiveCount}문장(반영 안 함); 계수: 관련성 ${factor(f.relevance)}, 반복 ${factor(f.repetition)}, 집중 ${factor(f.focus)}, 재사용 ${factor(f.reuse)} (유사도 ${factor(m.reuseSimilarity)}, ${reuseThreshold} 이상은 재사용)`,
};

export function getOfflineMessages(language: OfflineLanguage): OfflineMessages {
  return language === "ko" ? ko : en;
}
