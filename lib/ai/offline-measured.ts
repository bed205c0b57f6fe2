import "server-only";
import type { SentenceMeasure } from "./measure-sentences";
import { getLanguageRules, type OfflineLanguage } from "./offline-language-rules";

/** What the offline scorer measured in one answer: the input of every criterion and message. */
export type Measured = {
  wordCount: number;
  /** Distinct content words at which depth is full, per language. */
  fullContentWords: number;
  /** Sentences that earned credit: real sentences, not copied, repeated or addressed to the grader. */
  creditedCount: number;
  sentenceCount: number;
  copiedCount: number;
  repeatedCount: number;
  directiveCount: number;
  contentWords: number;
  markerGroups: string[];
  agentCount: number;
  numberCount: number;
  namedTermCount: number;
  keywordHits: number;
  /** Keywords used only inside phrases copied from the question. */
  copiedKeywordHits: number;
  keywordCount: number;
  onTopicCount: number;
  fillerCount: number;
  /** Share of the words that stand in real sentences (a keyword list has none). */
  sentenceShare: number;
  /** Share of word n-grams that repeat an earlier one in the answer. */
  repeatedShare: number;
  /** Share of the words in sentences that are on the question or concrete. */
  focusShare: number;
  /** Highest similarity to another answer of the interview, question words removed. */
  reuseSimilarity: number;
};

/** Sums what the credited sentences show; each set counts a thing once however often it recurs. */
export function aggregate(options: {
  sentences: SentenceMeasure[];
  credited: SentenceMeasure[];
  keywordCount: number;
  repeatedCount: number;
  repeatedShare: number;
  reuseSimilarity: number;
  language: OfflineLanguage;
}): Measured {
  const { sentences, credited } = options;
  const spoken = sentences.filter((s) => !s.isGraderDirective);
  const wordCount = sum(spoken.map((s) => s.wordCount));
  const union = (pick: (s: SentenceMeasure) => string[]) => new Set(credited.flatMap(pick)).size;
  const own = new Set(credited.flatMap((s) => s.keywordHits));
  const isOnTopic = (s: SentenceMeasure) =>
    s.keywordHits.length > 0 || s.numbers.length + s.namedTerms.length > 0;
  return {
    wordCount,
    fullContentWords: getLanguageRules(options.language).fullContentWords,
    creditedCount: credited.length,
    sentenceCount: spoken.filter((s) => s.isSentence).length,
    copiedCount: spoken.filter((s) => s.isSentence && s.copiedShare >= 0.5).length,
    repeatedCount: options.repeatedCount,
    directiveCount: sentences.length - spoken.length,
    contentWords: union((s) => s.contentStems),
    markerGroups: [...new Set(credited.flatMap((s) => s.markerGroups))],
    agentCount: credited.filter((s) => s.hasAgent).length,
    numberCount: union((s) => s.numbers),
    namedTermCount: union((s) => s.namedTerms),
    keywordHits: union((s) => s.keywordHits),
    copiedKeywordHits: new Set(
      credited.flatMap((s) => s.copiedKeywordHits).filter((hit) => !own.has(hit)),
    ).size,
    keywordCount: options.keywordCount,
    onTopicCount: credited.filter((s) => s.keywordHits.length + s.copiedKeywordHits.length > 0)
      .length,
    fillerCount: sum(spoken.map((s) => s.fillerCount)),
    sentenceShare:
      wordCount === 0
        ? 0
        : sum(spoken.filter((s) => s.isSentence).map((s) => s.wordCount)) / wordCount,
    repeatedShare: options.repeatedShare,
    focusShare:
      wordCount === 0 ? 0 : sum(credited.filter(isOnTopic).map((s) => s.wordCount)) / wordCount,
    reuseSimilarity: options.reuseSimilarity,
  };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
