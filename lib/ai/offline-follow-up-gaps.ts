import "server-only";
import { detectGraderDirectives } from "./detect-grader-directives";
import { foldText } from "./fold-answer-text";
import { isCasingInformative, measureSentences } from "./measure-sentences";
import { extractKeywords } from "./offline-keywords";
import type { OfflineLanguage } from "./offline-language-rules";
import { buildQuestionGrams } from "./offline-question-overlap";
import { joinSegments, splitAnswerUnits } from "./split-answer-units";
import type { AnswerSegment } from "./types";

/** What a thread can lack, most important first: a follow-up asks for the first one missing. */
export const followUpGaps = ["outcome", "ownAction", "specifics"] as const;
export type FollowUpGap = (typeof followUpGaps)[number];

export type ThreadMeasure = {
  /** Words said, grader directives left out. */
  wordCount: number;
  missing: FollowUpGap[];
};

// Beyond the scorer's result markers: verbs that say what changed, which the scorer (measuring
// structure) does not need but a "what came of it?" follow-up must not ask about again.
const outcomeWords: Record<OfflineLanguage, RegExp> = {
  en: /\b(reduced|improved|increased|decreased|saved|halved|doubled|tripled|shipped|launched|resolved|fixed|in the end|eventually|since then)\b/,
  ko: /(해결|줄었|늘었|감소|증가|단축|출시|달라졌|바뀌었|나아졌|마무리)/,
};
// A hypothetical question's outcome is how success would be checked: nothing has happened yet.
const verificationWords: Record<OfflineLanguage, RegExp> = {
  en: /\b(measur\w*|metrics?|monitor\w*|track\w*|dashboards?|alerts?|success|validat\w*|verif\w*|a\/b test\w*)\b/,
  ko: /(지표|측정|모니터링|검증|성공|목표|대시보드|a\/b)/,
};
// The candidate's own part: the scorer's agents include "we" and "the team", a follow-up may not.
// Korean drops the subject, so a past action without a "we" subject reads as the speaker's own.
const firstPersonSingular: Record<OfflineLanguage, RegExp> = {
  en: /\b(i|i'd|i'm|i've|i'll|i’d|i’m|i’ve|i’ll|myself)\b/,
  ko: /(제가|저는|저도|저 혼자|나는|내가|직접)/,
};
const koreanWe = /(저희|우리|팀은|팀이|팀에서|다 같이|함께)/;
// A past action done to something ("인덱스를 추가했습니다"), not a thing that changed by itself
// ("지연 시간이 줄었습니다", which is an outcome).
const koreanOwnPastAction = /[을를]\s.*(했|였|었|았|줬|냈|웠|혔)/;
// A measured result is a number of its own ("300ms", "40%", "4초"), not a digit inside a name
// ("S3", "p99", "ec2").
const standaloneNumber = /(?<![\p{L}\d])\d+(?:[.,]\d+)?/u;

/**
 * Measures the whole thread (main answer and follow-up answers) the way the offline scorer does,
 * on the sentences it would credit, and names what is missing.
 */
export function measureThread(options: {
  question: string;
  segments: AnswerSegment[];
  language: OfflineLanguage;
  isHypothetical: boolean;
}): ThreadMeasure {
  const { language, segments } = options;
  const fullText = joinSegments(segments);
  const sentences = measureSentences({
    units: splitAnswerUnits({ segments, language }),
    language,
    keywords: extractKeywords({ text: options.question, language }),
    questionGrams: buildQuestionGrams({ question: options.question, language }),
    directives: detectGraderDirectives(fullText),
    isCaseInformative: isCasingInformative(fullText),
  });
  const spoken = sentences.filter((sentence) => !sentence.isGraderDirective);
  const credited = spoken.filter((sentence) => sentence.isSentence && sentence.copiedShare < 0.5);
  const folded = credited.map((sentence) => foldText(sentence.text));
  const hasNumber = credited.some((sentence) => sentence.numbers.length > 0);
  const hasOutcome =
    folded.some((text) => standaloneNumber.test(text)) ||
    credited.some((sentence) => sentence.markerGroups.includes("result")) ||
    folded.some(
      (text) =>
        outcomeWords[language].test(text) ||
        (options.isHypothetical && verificationWords[language].test(text)),
    );
  const hasOwnAction = folded.some(
    (text) =>
      firstPersonSingular[language].test(text) ||
      (language === "ko" && koreanOwnPastAction.test(text) && !koreanWe.test(text)),
  );
  const hasSpecifics = hasNumber || credited.some((sentence) => sentence.namedTerms.length > 0);
  const present: Record<FollowUpGap, boolean> = {
    outcome: hasOutcome,
    ownAction: hasOwnAction,
    specifics: hasSpecifics,
  };
  return {
    wordCount: spoken.reduce((total, sentence) => total + sentence.wordCount, 0),
    missing: followUpGaps.filter((gap) => !present[gap]),
  };
}

/**
 * Under this many words an answer is too thin to name one gap: it needs a whole example. Korean
 * words (eojeol) carry particles and endings, so fewer of them say as much.
 */
export const thinAnswerWords: Record<OfflineLanguage, number> = { en: 15, ko: 8 };
