import "server-only";
import { matchesKeyword } from "./offline-keywords";
import type { OfflineLanguage } from "./offline-language-rules";

/**
 * Whether a sentence speaks of a topic term: Korean terms and English phrases as substrings of
 * the folded text, single English stems as a prefix of one of the sentence's word stems.
 */
export function matchesTopic(options: {
  term: string;
  text: string;
  stems: string[];
  language: OfflineLanguage;
}): boolean {
  const { term, text, stems } = options;
  if (options.language === "ko" || /[\s/]/.test(term) || /\p{Script=Hangul}/u.test(term))
    return text.includes(term);
  return stems.some(
    (stem) => stem.startsWith(term) || matchesKeyword({ stem, keyword: term.slice(0, 6) }),
  );
}

const clamp01 = (value: number) => Math.max(0, Math.min(1, value));

// Words that half the bank's questions use: hitting one says little about which question an
// answer addresses ("customer", "출시"), so they weigh less than the question's own subject.
const commonWords: Record<OfflineLanguage, RegExp> = {
  en: /^(custom|user|team|teamma|produc|featur|projec|techni|servic|system|stakeh|data|time|compan|people|work|manage|change|proble)/,
  ko: /^(고객|사용자|팀|팀원|제품|기능|프로젝트|기술|서비스|데이터|출시|이해관계자|전달|사실|결과|개발|회사|문제)/,
};
const commonWeight = 0.3;

/** How much a question keyword says about which question an answer addresses. */
export function weighKeyword(options: { keyword: string; language: OfflineLanguage }): number {
  return commonWords[options.language].test(options.keyword) ? commonWeight : 1;
}

/**
 * How much of the answer is about what the question asks, 0–1, from two readings: how many of
 * the question's keywords and its competency's topic terms the answer uses, and how many of its
 * credited sentences touch any of them. Both must be high: one framing sentence full of keywords
 * is few sentences, a long story from elsewhere uses few terms.
 */
export function measureRelevance(options: {
  /** Keyword hits weighed by `weighKeyword`, and the weight of all the question's keywords. */
  keywordWeight: number;
  keywordTotal: number;
  topicHits: number;
  /** Whether the competency has a topic vocabulary (a recruiter's own competency has none). */
  hasVocabulary: boolean;
  onTopicCount: number;
  creditedCount: number;
}): number {
  if (options.creditedCount === 0) return 0;
  const expectedWeight = Math.min(3, 0.6 * options.keywordTotal);
  const keywordShare = expectedWeight === 0 ? 1 : clamp01(options.keywordWeight / expectedWeight);
  const topicShare = clamp01(options.topicHits / 5);
  // The question's own subject (its keywords or their synonyms) weighs most: the competency's
  // vocabulary is shared by every question on it, so alone it cannot make a story relevant.
  const coverage = options.hasVocabulary ? 0.75 * keywordShare + 0.25 * topicShare : keywordShare;
  const spread = clamp01(options.onTopicCount / options.creditedCount / 0.6);
  return clamp01(0.6 * coverage + 0.4 * spread);
}
