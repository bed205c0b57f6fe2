import "server-only";
import { getLanguageRules, type OfflineLanguage } from "./offline-language-rules";
import type { Measured } from "./offline-measured";

export type Criterion = "depth" | "structure" | "specificity" | "relevance" | "clarity";

export type Factors = { relevanceGate: number; repetition: number; focus: number; reuse: number };

const contentWeights: Record<Criterion, number> = {
  depth: 0.3,
  structure: 0.2,
  specificity: 0.2,
  relevance: 0.2,
  clarity: 0.1,
};
/** Above this cosine an answer is treated as the same text given to another question. */
export const reuseThreshold = 0.8;
// A relevance at or above this is fully on the question; below it the gate closes quadratically
// toward `gateFloor`, so a few incidental keyword hits do not carry an off-topic answer.
const relevanceOpen = 75;
const relevanceClosed = 25;
const gateFloor = 0.15;

const clamp01 = (value: number) => Math.max(0, Math.min(1, value));

/** The five measured criteria, 0–100. */
export function scoreCriteria(m: Measured): Record<Criterion, number> {
  // A keyword used only inside a phrase copied from the question earns half: echoing "a
  // non-technical stakeholder" while telling the story is normal, restating it is not an answer.
  const hits = m.keywordHits + 0.5 * m.copiedKeywordHits;
  // How many keywords an on-topic answer of this size uses: a long answer to another question
  // picks up a few by chance, a short on-topic one cannot fit many.
  const expectedHits = Math.max(1, Math.min(m.keywordCount, 8, 1.5 + m.contentWords / 12));
  const coverage = m.keywordCount === 0 ? 1 : hits / expectedHits;
  const spread = m.creditedCount === 0 ? 0 : m.onTopicCount / m.creditedCount;
  const fillerRate = m.wordCount === 0 ? 0 : m.fillerCount / m.wordCount;
  const raw: Record<Criterion, number> = {
    depth: clamp01(m.contentWords / m.fullContentWords),
    structure:
      m.creditedCount === 0
        ? 0
        : 0.7 * (m.markerGroups.length / 4) + 0.3 * (m.agentCount / m.creditedCount),
    specificity: clamp01((m.numberCount * 12 + m.namedTermCount * 10) / 100),
    relevance:
      m.creditedCount === 0 ? 0 : 0.65 * clamp01(coverage / 0.6) + 0.35 * clamp01(spread / 0.4),
    clarity: (1 - clamp01(fillerRate * 4)) * m.sentenceShare * clamp01(m.wordCount / 40),
  };
  return Object.fromEntries(
    Object.entries(raw).map(([criterion, value]) => [criterion, Math.round(clamp01(value) * 100)]),
  ) as Record<Criterion, number>;
}

/**
 * What multiplies the content score: relevance gates it (an excellent answer to another question
 * is not an answer to this one), and repetition, long unfocused text and a text reused for
 * another question discount it.
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
    relevanceGate:
      gateFloor +
      (1 - gateFloor) *
        clamp01((options.relevance - relevanceClosed) / (relevanceOpen - relevanceClosed)) ** 2,
    repetition: 1 - 0.8 * clamp01(m.repeatedShare - 0.05),
    focus: 1 - excess * (1 - clamp01(m.focusShare / 0.5)),
    reuse: m.reuseSimilarity >= reuseThreshold ? 0.3 : 1,
  };
}

export function combineScore(options: {
  scores: Record<Criterion, number>;
  factors: Factors;
}): number {
  const content = (Object.keys(contentWeights) as Criterion[]).reduce(
    (total, criterion) => total + options.scores[criterion] * contentWeights[criterion],
    0,
  );
  const { relevanceGate, repetition, focus, reuse } = options.factors;
  return Math.round(content * relevanceGate * repetition * focus * reuse);
}
