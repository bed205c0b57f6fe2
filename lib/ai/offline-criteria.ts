import "server-only";
import { getLanguageRules, type OfflineLanguage } from "./offline-language-rules";
import type { Measured } from "./offline-measured";
import { measureRelevance } from "./offline-topic";

/** What interviewers grade in a story, level by level, plus whether it is this question's story. */
export type Criterion = "situation" | "actions" | "outcome" | "tradeoffs" | "lesson" | "relevance";

export type Factors = { relevance: number; repetition: number; focus: number; reuse: number };

// Relevance is not in the sum: it scales the sum (below), so it is weighted 0 here.
const contentWeights: Record<Criterion, number> = {
  situation: 0.1,
  actions: 0.27,
  outcome: 0.33,
  tradeoffs: 0.1,
  lesson: 0.1,
  relevance: 0,
};
// Content words still count a little: a developed answer says more than a one-line claim.
const depthWeight = 0.1;
/** Above this cosine an answer is treated as the same text given to another question. */
export const reuseThreshold = 0.8;
// Relevance scales the score gently: an answer about nothing this question asks keeps 35 %, so a
// missing word never sinks a genuine story, and a story from elsewhere cannot reach the top.
const relevanceFloor = 0.35;

const clamp01 = (value: number) => Math.max(0, Math.min(1, value));

/** Each criterion, 0–100, from what the credited sentences show. */
export function scoreCriteria(m: Measured): Record<Criterion, number> {
  const measured = m.measuredOutcomeCount > 0;
  // Asked what they would do, a candidate answers with a plan: its specific steps are actions,
  // and how much concrete design it holds stands in for an outcome not yet had (up to 0.6).
  const plan = m.isHypothetical && m.specificSteps >= 2;
  const actions = m.ownActions + (plan ? 0.5 * m.specificSteps : 0);
  const designOutcome = plan ? 0.6 * clamp01((m.designDetail - 4) / 8) : 0;
  // Trade-offs and a lesson are what lifts a complete story; without a measured result they
  // are reflections on a story not yet told, worth a third.
  const reflection = measured || plan ? 1 : 0.35;
  const raw: Record<Criterion, number> = {
    situation: m.situationCount > 0 ? 1 : actions >= 1 ? 0.6 : 0,
    actions: clamp01(actions / 3),
    // One measured result is the outcome a level-5 story needs; how many sentences it takes to
    // say depends on the language, so more earn nothing more.
    outcome: measured ? 1 : Math.max(designOutcome, m.outcomeCount > 0 ? 0.15 : 0),
    tradeoffs: (m.alternativeCount > 0 ? 1 : 0) * reflection,
    lesson: (m.lessonCount > 0 ? 1 : 0) * reflection,
    relevance: measureRelevance({
      keywordWeight: m.keywordWeight,
      keywordTotal: m.keywordTotal,
      topicHits: m.topicHits,
      hasVocabulary: m.hasVocabulary,
      onTopicCount: m.onTopicCount,
      creditedCount: m.creditedCount,
    }),
  };
  return Object.fromEntries(
    Object.entries(raw).map(([criterion, value]) => [criterion, Math.round(clamp01(value) * 100)]),
  ) as Record<Criterion, number>;
}

/**
 * What multiplies the content score: relevance scales it gently, and repetition inside one
 * answer, long unfocused text and a text reused for another question discount it.
 */
export function computeFactors(options: {
  measured: Measured;
  relevance: number;
  language: OfflineLanguage;
}): Factors {
  const m = options.measured;
  const { focusLength } = getLanguageRules(options.language);
  const excess = clamp01((m.wordCount - focusLength) / focusLength);
  return {
    relevance: relevanceFloor + (1 - relevanceFloor) * clamp01(options.relevance / 100),
    repetition: 1 - 0.8 * clamp01(m.repeatedShare - 0.05),
    focus: 1 - excess * (1 - clamp01(m.focusShare / 0.5)),
    reuse: m.reuseSimilarity >= reuseThreshold ? 0.3 : 1,
  };
}

export function combineScore(options: {
  scores: Record<Criterion, number>;
  measured: Measured;
  factors: Factors;
}): number {
  const m = options.measured;
  const depth = m.creditedCount === 0 ? 0 : clamp01(m.contentWords / m.fullContentWords);
  const content =
    (Object.keys(contentWeights) as Criterion[]).reduce(
      (total, criterion) => total + options.scores[criterion] * contentWeights[criterion],
      0,
    ) +
    100 * depthWeight * depth;
  const { relevance, repetition, focus, reuse } = options.factors;
  return Math.round(content * relevance * repetition * focus * reuse);
}
