import "server-only";
import type { DirectiveRange } from "./detect-grader-directives";
import { foldText } from "./fold-answer-text";
import { matchesKeyword, stemWord } from "./offline-keywords";
import {
  getLanguageRules,
  type MarkerGroup,
  type OfflineLanguage,
  splitWords,
} from "./offline-language-rules";
import { markCopiedWords } from "./offline-question-overlap";
import { readStorySignals, type StorySignals } from "./offline-story";
import { matchesTopic } from "./offline-topic";
import type { AnswerUnit } from "./split-answer-units";
import { spellNumbersAsDigits } from "./spoken-numbers";

export type SentenceMeasure = AnswerUnit & {
  wordCount: number;
  isGraderDirective: boolean;
  /** Has grammar and a predicate: a sentence, not a list of keywords or markers. */
  isSentence: boolean;
  /** Says who acted (en a subject such as "I" or "we", ko a subject or a past action). */
  hasAgent: boolean;
  /** Share of the words that sit inside a phrase copied from the question. */
  copiedShare: number;
  /** Content stems outside phrases copied from the question. */
  contentStems: string[];
  markerGroups: MarkerGroup[];
  numbers: string[];
  namedTerms: string[];
  keywordHits: string[];
  /** Keywords the sentence uses only inside phrases copied from the question: half credit. */
  copiedKeywordHits: string[];
  fillerCount: number;
  /** What the sentence shows of the story interviewers grade (own action, outcome, …). */
  story: StorySignals;
  /** Topic vocabulary of the competency (and question keywords) the sentence uses. */
  topicHits: string[];
};

// A Korean word that carries grammar ends in a particle or a verb ending; a keyword list is bare nouns.
const koreanGrammarEnding =
  /(은|는|이|가|을|를|에|에서|로|으로|의|와|과|도|만|께|에게|고|서|며|면|지|요|다|게|도록|까|죠|던|된|한|할|았|었|였|해|했)$/;

/** Measures, per sentence, what the offline scorer may credit, on case-folded text. */
export function measureSentences(options: {
  units: AnswerUnit[];
  language: OfflineLanguage;
  keywords: string[];
  questionGrams: Set<string>;
  directives: DirectiveRange[];
  /** False when the casing carries no signal (Title Case, ALL CAPS): capitals then name nothing. */
  isCaseInformative: boolean;
  /** The competency's topic vocabulary (see offline-topic-vocabulary). */
  topicTerms?: string[];
  /** Per question keyword, the words that say the same thing (see offline-synonyms). */
  keywordSynonyms?: string[][];
}): SentenceMeasure[] {
  const rules = getLanguageRules(options.language);
  let previousActed = false;
  let previousEnd = -1;
  let previousDigits = "";
  return options.units.map((unit) => {
    const folded = foldText(unit.text);
    const digits = spellNumbersAsDigits({ text: folded, language: options.language });
    const words = splitWords(folded);
    const stems = words.map((word) => stemWord({ word, language: options.language }));
    const copied = markCopiedWords({
      stems,
      questionGrams: options.questionGrams,
      language: options.language,
    });
    const kept = stems.filter((_, i) => !copied[i]);
    const isContent = (word: string) =>
      !rules.functionWords.has(word) && !rules.questionWords.has(word);
    // Judged without the structure markers: "Then cache. Because database." is still a list.
    const bare = Object.values(rules.structureMarkers).reduce(
      (text, marker) => text.replace(new RegExp(marker.source, "g"), " "),
      folded,
    );
    const bareWords = splitWords(bare);
    const isGrammar = (word: string) =>
      options.language === "ko" ? koreanGrammarEnding.test(word) : rules.functionWords.has(word);
    const grammarShare = bareWords.filter(isGrammar).length / Math.max(1, bareWords.length);
    const hasPredicate = rules.predicate.test(bare);
    // A unit that starts right where the last one ended, with no punctuation between, is a cut
    // in one spoken run: its actions belong to whoever the run started with.
    const isCut =
      unit.start === previousEnd + 1 &&
      !/[.!?。？！…]$/.test(options.units.find((other) => other.end === previousEnd)?.text ?? ".");
    const isContinuation = previousActed && isCut;
    const story = readStorySignals({
      text: digits,
      language: options.language,
      continuesOwnStory: isContinuation,
      // Korean runs are cut at spoken sentence endings, so a cut there is a sentence boundary.
      lead:
        isCut && options.language === "en"
          ? previousDigits.split(" ").slice(-6).join(" ")
          : undefined,
    });
    previousDigits = digits;
    previousActed = story.ownAction > 0 || isContinuation;
    previousEnd = unit.end;
    const hasAgent =
      rules.agents.test(folded) ||
      (options.language === "ko" && /(했|였|었|았|줬|냈|웠|혔)/.test(folded));
    return {
      ...unit,
      wordCount: words.length,
      isGraderDirective: options.directives.some(
        (range) => range.start < unit.end && range.end > unit.start,
      ),
      isSentence:
        bareWords.length >= 4 &&
        grammarShare >= 0.2 &&
        (hasPredicate || hasAgent) &&
        (folded.match(/[,、]/g) ?? []).length < Math.max(2, 0.3 * words.length),
      hasAgent,
      copiedShare: copied.filter(Boolean).length / Math.max(1, words.length),
      contentStems: [...new Set(kept.filter((stem) => stem.length >= 2 && isContent(stem)))],
      markerGroups: (Object.keys(rules.structureMarkers) as MarkerGroup[]).filter((group) =>
        new RegExp(rules.structureMarkers[group].source).test(folded),
      ),
      numbers: [...new Set(digits.match(/\d+(?:[.,]\d+)?/g) ?? [])],
      namedTerms: findNamedTerms({ text: unit.text, isCaseInformative: options.isCaseInformative }),
      ...splitKeywordHits({
        keywords: options.keywords,
        stems,
        copied,
        saysSameThing: (keyword) =>
          (options.keywordSynonyms ?? [])
            .find((group) => group[0] === keyword)
            ?.slice(1)
            .some((term) =>
              matchesTopic({ term, text: folded, stems, language: options.language }),
            ) ?? false,
      }),
      fillerCount: (folded.match(new RegExp(rules.fillers.source, "g")) ?? []).length,
      story,
      topicHits: (options.topicTerms ?? []).filter((term) =>
        matchesTopic({ term, text: folded, stems, language: options.language }),
      ),
    };
  });
}

function splitKeywordHits(options: {
  keywords: string[];
  stems: string[];
  copied: boolean[];
  saysSameThing: (keyword: string) => boolean;
}) {
  const hits = (isCopied: boolean) =>
    options.keywords.filter((keyword) =>
      options.stems.some(
        (stem, i) => options.copied[i] === isCopied && matchesKeyword({ stem, keyword }),
      ),
    );
  const keywordHits = [
    ...new Set([...hits(false), ...options.keywords.filter(options.saysSameThing)]),
  ];
  return { keywordHits, copiedKeywordHits: hits(true).filter((hit) => !keywordHits.includes(hit)) };
}

/**
 * Tools and names, counted without trusting capitals alone: words mixing letters and digits or
 * written like code (p99, node.js, c++), words in another script than the answer's (Latin in a
 * Korean answer), and, only when casing is informative, acronyms, camelCase and capitalised
 * words past a sentence's first word.
 */
function findNamedTerms(options: { text: string; isCaseInformative: boolean }): string[] {
  const words = splitWords(foldText(options.text, { keepCase: true }));
  const isKorean = words.some((word) => /\p{Script=Hangul}/u.test(word));
  const terms = words.filter((word, i) => {
    if (/\p{L}/u.test(word) && /\d/.test(word)) return true;
    if (/[a-z][.+#]|\+\+|#$/i.test(word) && /[a-z]{2}/i.test(word)) return true;
    if (isKorean) return /^[A-Za-z][A-Za-z.+#-]+$/.test(word);
    if (!options.isCaseInformative || i === 0 || word === "I" || /['’]/.test(word)) return false;
    return /^[A-Z]{2,6}s?$|^[A-Z][a-z]+[A-Z]\w*$|^[a-z]+[A-Z]\w*$|^[A-Z][a-z]{2,}$/.test(word);
  });
  return [...new Set(terms.map((term) => term.toLowerCase()))];
}

/** Whether capitals in the answer carry meaning: not Title Case, not ALL CAPS. */
export function isCasingInformative(text: string): boolean {
  const words = splitWords(foldText(text, { keepCase: true })).filter((word) =>
    /^\p{Script=Latin}/u.test(word),
  );
  if (words.length < 8) return true;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length;
  return capitalised < 0.35;
}
