import "server-only";
import type { SentenceMeasure } from "./measure-sentences";
import { getLanguageRules, type OfflineLanguage } from "./offline-language-rules";
import { weighKeyword } from "./offline-topic";

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
  keywordHits: number;
  /** Keywords used only inside phrases copied from the question. */
  copiedKeywordHits: number;
  keywordCount: number;
  /** Keyword hits weighed by how much they say about this question, and all keywords' weight. */
  keywordWeight: number;
  keywordTotal: number;
  onTopicCount: number;
  fillerCount: number;
  /** Share of word n-grams that repeat an earlier one in the answer. */
  repeatedShare: number;
  /** Share of the words in sentences that are on the question or concrete. */
  focusShare: number;
  /** Highest similarity to another answer of the interview, question words removed. */
  reuseSimilarity: number;
  /** Own actions: one per sentence that says what the candidate did, half for what they would do. */
  ownActions: number;
  situationCount: number;
  /** Results tied to a measured change, counted from the candidate's first own action on. */
  measuredOutcomeCount: number;
  /** Results without a measure. */
  outcomeCount: number;
  alternativeCount: number;
  lessonCount: number;
  /**
   * For a question about what the candidate would do: steps of the plan that name something
   * specific (a term of the topic, a number), each a full action, and the distinct topic terms
   * and numbers the plan uses (its design detail).
   */
  specificSteps: number;
  designDetail: number;
  isHypothetical: boolean;
  /** Distinct topic terms (competency vocabulary) used in credited sentences. */
  topicHits: number;
  hasVocabulary: boolean;
};

/** Sums what the credited sentences show; each set counts a thing once however often it recurs. */
export function aggregate(options: {
  sentences: SentenceMeasure[];
  credited: SentenceMeasure[];
  keywords: string[];
  hasVocabulary: boolean;
  isHypothetical: boolean;
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
  const weigh = (keyword: string) => weighKeyword({ keyword, language: options.language });
  const copiedOnly = new Set(
    credited.flatMap((s) => s.copiedKeywordHits).filter((k) => !own.has(k)),
  );
  const isOnTopic = (s: SentenceMeasure) =>
    s.keywordHits.length > 0 || s.numbers.length + s.namedTerms.length > 0;
  // A result counts once the candidate has acted: a number in the setting ("p99 went from 300 to
  // 650 ms") is the problem, not what came of the candidate's work.
  const firstAction = credited.findIndex((s) => s.story.ownAction > 0);
  const afterAction = firstAction < 0 ? [] : credited.slice(firstAction);
  const count = (list: SentenceMeasure[], pick: (s: SentenceMeasure) => boolean) =>
    list.filter(pick).length;
  return {
    wordCount,
    fullContentWords: getLanguageRules(options.language).fullContentWords,
    creditedCount: credited.length,
    sentenceCount: spoken.filter((s) => s.isSentence).length,
    copiedCount: spoken.filter((s) => s.isSentence && s.copiedShare >= 0.5).length,
    repeatedCount: options.repeatedCount,
    directiveCount: sentences.length - spoken.length,
    contentWords: union((s) => s.contentStems),
    keywordHits: union((s) => s.keywordHits),
    copiedKeywordHits: new Set(
      credited.flatMap((s) => s.copiedKeywordHits).filter((hit) => !own.has(hit)),
    ).size,
    keywordCount: options.keywords.length,
    keywordWeight: sum([...own].map(weigh)) + 0.5 * sum([...copiedOnly].map(weigh)),
    keywordTotal: sum(options.keywords.map(weigh)),
    // A sentence on the question's own subject counts whole, one only in the competency's
    // vocabulary about a third: that vocabulary is shared by every question on the competency.
    onTopicCount: sum(
      credited.map((s) =>
        Math.max(
          0,
          ...[...s.keywordHits, ...s.copiedKeywordHits].map(weigh),
          s.topicHits.length > 0 ? 0.35 : 0,
        ),
      ),
    ),
    fillerCount: sum(spoken.map((s) => s.fillerCount)),
    repeatedShare: options.repeatedShare,
    focusShare:
      wordCount === 0 ? 0 : sum(credited.filter(isOnTopic).map((s) => s.wordCount)) / wordCount,
    reuseSimilarity: options.reuseSimilarity,
    ownActions: sum(credited.map((s) => s.story.ownAction)),
    situationCount: count(credited, (s) => s.story.situation),
    measuredOutcomeCount: count(afterAction, (s) => s.story.measuredOutcome),
    outcomeCount: count(afterAction, (s) => s.story.outcome),
    alternativeCount: count(credited, (s) => s.story.alternative),
    lessonCount: count(credited, (s) => s.story.lesson),
    topicHits: union((s) => s.topicHits),
    specificSteps: count(
      credited,
      (s) => s.story.ownAction === 0.5 && s.topicHits.length + s.numbers.length > 0,
    ),
    designDetail: union((s) => [...s.topicHits, ...s.numbers]),
    isHypothetical: options.isHypothetical,
    hasVocabulary: options.hasVocabulary,
  };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
