import "server-only";
import { detectGraderDirectives } from "./detect-grader-directives";
import { foldText } from "./fold-answer-text";
import { isCasingInformative, measureSentences, type SentenceMeasure } from "./measure-sentences";
import { detectAnswerLanguage } from "./offline-answer-language";
import { type Criterion, combineScore, computeFactors, scoreCriteria } from "./offline-criteria";
import { pickEvidence } from "./offline-evidence";
import { classifyQuestion } from "./offline-follow-up-templates";
import { extractKeywords } from "./offline-keywords";
import { resolveOfflineLanguage, splitWords } from "./offline-language-rules";
import { aggregate } from "./offline-measured";
import { getOfflineMessages } from "./offline-messages";
import { buildQuestionGrams, measureReuse } from "./offline-question-overlap";
import { expandKeywords } from "./offline-synonyms";
import { getTopicVocabulary } from "./offline-topic-vocabulary";
import { joinSegments, splitAnswerUnits } from "./split-answer-units";
import { listThreadSegments } from "./thread-segments";
import type { AnswerEvaluation, EvaluateAnswerInput } from "./types";

export { offlineScorerVersion } from "./offline-scorer-version";

/**
 * The transparent offline scorer: it reads the answer's sentences (the main answer and its
 * follow-ups' answers together) for what interviewers grade — a specific situation, the
 * candidate's own actions, a measured outcome, alternatives weighed, a lesson — never its form,
 * and ignores the rubric (a heuristic cannot judge anchored criteria, so it reports its own
 * measurements). Sentences that address the grader earn nothing and send the answer to review,
 * and so does an answer in another language than the position's.
 */
export function scoreAnswerOffline(input: EvaluateAnswerInput): AnswerEvaluation {
  const positionLanguage = resolveOfflineLanguage(input.language);
  // The thread is one answer: relevance is to the main question, and restating any question
  // asked (a follow-up's too) earns nothing.
  const followUps = input.followUps ?? [];
  const segments = listThreadSegments(input);
  // Measured with the rules of the language it is in: the candidate's story still counts, and a
  // person decides what an answer in another language is worth.
  const answerLanguage = detectAnswerLanguage(joinSegments(segments));
  const language = answerLanguage ?? positionLanguage;
  const messages = getOfflineMessages(positionLanguage);
  const questions = [input.question, ...followUps.map((turn) => turn.question)];
  const keywords = extractKeywords({ text: input.question, language });
  const topicTerms = getTopicVocabulary({ competency: input.competency, language });
  const fullText = joinSegments(segments);
  const sentences = measureSentences({
    units: splitAnswerUnits({ segments, language }),
    language,
    keywords,
    questionGrams: new Set(
      questions.flatMap((question) => [...buildQuestionGrams({ question, language })]),
    ),
    directives: detectGraderDirectives(fullText),
    isCaseInformative: isCasingInformative(fullText),
    topicTerms,
    keywordSynonyms: expandKeywords({ keywords, language }),
  });
  const { credited, repeatedCount } = pickCredited(sentences);
  const spoken = sentences.filter((sentence) => !sentence.isGraderDirective);
  const spokenText = spoken.map((sentence) => sentence.text).join(" ");
  const measured = aggregate({
    sentences,
    credited,
    keywords,
    hasVocabulary: topicTerms.length > 0,
    isHypothetical: classifyQuestion({ question: input.question, language }) === "hypothetical",
    repeatedCount,
    repeatedShare: measureRepeatedShareByPart({ sentences: spoken, input }),
    reuseSimilarity: measureReuse({
      question: questions.join("\n"),
      text: spokenText,
      otherAnswers: input.otherAnswers ?? [],
      language,
    }),
    language,
  });
  const scores = scoreCriteria(measured);
  const factors = computeFactors({ measured, relevance: scores.relevance, language });
  const score = combineScore({ scores, measured, factors });

  const criteria = Object.keys(scores) as Criterion[];
  const improvements = criteria
    .filter((criterion) => scores[criterion] < 50)
    .map((criterion) => messages.improvement[criterion]);
  improvements.push(...messages.discounts({ measured, factors }));
  const directives = sentences.filter((sentence) => sentence.isGraderDirective);
  if (directives.length > 0) improvements.push(messages.directives(directives.length));

  return {
    score,
    rubricScores: criteria.map((criterion) => ({
      criterion: messages.label[criterion],
      score: scores[criterion],
      rationale: messages.rationale[criterion](measured),
    })),
    evidence: pickEvidence({ sentences: credited, messages }),
    strengths: criteria
      .filter((criterion) => scores[criterion] >= 70)
      .map((criterion) => messages.strength[criterion]),
    improvements,
    feedback: messages.feedback(score),
    measurements: messages.measurements({ measured, factors }),
    reviewReasons: [
      ...(language === positionLanguage ? [] : [messages.otherLanguage(language)]),
      ...directives.map((sentence) => messages.reviewReason(quoteSentence(sentence.text))),
    ],
    attempts: 0,
  };
}

/**
 * The sentences that earn credit: real sentences, not mostly copied from the question, not
 * addressed to the grader, and not a repeat of an earlier one (a repeat earns once).
 */
function pickCredited(sentences: SentenceMeasure[]) {
  const credited: SentenceMeasure[] = [];
  let repeatedCount = 0;
  for (const sentence of sentences) {
    // A terse fragment that states a measured change ("Hit rate 94%, CPU 85% to 30%.") is content.
    const isContent =
      sentence.isSentence || (sentence.story.measuredOutcome && sentence.wordCount >= 4);
    if (sentence.isGraderDirective || !isContent || sentence.copiedShare >= 0.5) continue;
    const stems = new Set(sentence.contentStems);
    const isRepeat = credited.some((earlier) => overlap(stems, earlier.contentStems) >= 0.8);
    if (isRepeat) repeatedCount++;
    else credited.push(sentence);
  }
  return { credited, repeatedCount };
}

/** Shared stems over the larger set: near-identical sentences only, not a short one inside a long one. */
function overlap(stems: Set<string>, other: string[]): number {
  const shared = other.filter((stem) => stems.has(stem)).length;
  return shared / Math.max(1, stems.size, other.length);
}

/**
 * The repeated share within each part of the thread (the main answer, each follow-up's answer),
 * weighted by its words: padding an answer with itself is discounted, while a follow-up that
 * repeats the main answer only earns nothing (its repeated sentences are not credited) and does
 * not lower the thread.
 */
function measureRepeatedShareByPart(options: {
  sentences: SentenceMeasure[];
  input: EvaluateAnswerInput;
}): number {
  const parts = [options.input.answer, ...(options.input.followUps ?? []).map((t) => t.answer)];
  const partOf = new Map(
    parts.flatMap((segments, part) => segments.map((segment) => [segment.segmentId, part])),
  );
  const texts = new Map<number, string[]>();
  for (const sentence of options.sentences) {
    const part = partOf.get(sentence.segmentId) ?? 0;
    texts.set(part, [...(texts.get(part) ?? []), sentence.text]);
  }
  let words = 0;
  let repeated = 0;
  for (const list of texts.values()) {
    const text = list.join(" ");
    const count = splitWords(text).length;
    words += count;
    repeated += count * measureRepeatedShare(text);
  }
  return words === 0 ? 0 : repeated / words;
}

/** Share of word 4-grams that repeat an earlier one: counted on words, so punctuation is moot. */
function measureRepeatedShare(text: string): number {
  const words = splitWords(foldText(text));
  const size = 4;
  const total = Math.max(0, words.length - size + 1);
  if (total === 0) return 0;
  const distinct = new Set<string>();
  for (let i = 0; i < total; i++) distinct.add(words.slice(i, i + size).join(" "));
  return 1 - distinct.size / total;
}

/** A sentence as a reviewer should read it: invisible characters gone, one line, not too long. */
function quoteSentence(text: string): string {
  const visible = text
    .replace(/[\p{Cf}]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
  return visible.length > 200 ? `${visible.slice(0, 197)}…` : visible;
}
