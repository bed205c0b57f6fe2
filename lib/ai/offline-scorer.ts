import "server-only";
import { measureSentences, type SentenceMeasure } from "./measure-sentences";
import {
  extractKeywords,
  getLanguageRules,
  measureLength,
  resolveOfflineLanguage,
  splitWords,
} from "./offline-language-rules";
import { type Criterion, getOfflineMessages, type Measured } from "./offline-messages";
import type { AnswerEvaluation, EvaluateAnswerInput, Evidence } from "./types";

const weights: Record<Criterion, number> = {
  depth: 0.25,
  structure: 0.2,
  specificity: 0.2,
  relevance: 0.25,
  clarity: 0.1,
};
const maxEvidence = 3;

/**
 * The transparent offline scorer. It only counts features of the text, so whatever the answer
 * says to the evaluator cannot raise the score; sentences that address the evaluator are
 * additionally left out of every count.
 */
export function scoreAnswerOffline(input: EvaluateAnswerInput): AnswerEvaluation {
  const language = resolveOfflineLanguage(input.language);
  const rules = getLanguageRules(language);
  const messages = getOfflineMessages(language);
  const keywords = extractKeywords({ text: `${input.question} ${input.competency}`, language });
  const all = measureSentences({ segments: input.answer, language, keywords });
  const credited = all.filter((sentence) => !sentence.isGraderDirective);
  const creditedText = credited.map((sentence) => sentence.text).join(" ");

  const measured: Measured = {
    length: measureLength({ text: creditedText, language }),
    wordCount: splitWords(creditedText).length,
    markerGroups: [...new Set(credited.flatMap((sentence) => sentence.markerGroups))],
    numberCount: sum(credited.map((sentence) => sentence.numberCount)),
    namedTermCount: sum(credited.map((sentence) => sentence.namedTermCount)),
    keywordHits: new Set(credited.flatMap((sentence) => sentence.keywordHits)).size,
    keywordCount: keywords.length,
    fillerCount: sum(credited.map((sentence) => sentence.fillerCount)),
    directiveCount: all.length - credited.length,
  };
  const scores = scoreCriteria({ measured, fullLength: rules.fullLength });
  const criteria = Object.keys(weights) as Criterion[];
  const score = Math.round(
    sum(criteria.map((criterion) => scores[criterion] * weights[criterion])),
  );

  const rubricScores = criteria.map((criterion) => ({
    criterion: messages.label[criterion],
    score: scores[criterion],
    rationale: messages.rationale[criterion](measured),
  }));
  const improvements = criteria
    .filter((criterion) => scores[criterion] < 50)
    .map((criterion) => messages.improvement[criterion]);
  if (measured.directiveCount > 0) improvements.push(messages.directives(measured.directiveCount));

  return {
    score,
    rubricScores,
    evidence: pickEvidence({ sentences: credited, messages }),
    strengths: criteria
      .filter((criterion) => scores[criterion] >= 70)
      .map((criterion) => messages.strength[criterion]),
    improvements,
    feedback: messages.feedback(score),
    measurements: messages.measurements(measured),
  };
}

function scoreCriteria(options: { measured: Measured; fullLength: number }) {
  const m = options.measured;
  // Clarity is scaled by length so that saying almost nothing cannot look "clear".
  const fillerRate = m.wordCount === 0 ? 0 : m.fillerCount / m.wordCount;
  const clarity = m.wordCount === 0 ? 0 : (100 - fillerRate * 400) * Math.min(1, m.wordCount / 40);
  const relevance =
    m.keywordCount === 0 ? (m.wordCount > 0 ? 50 : 0) : (m.keywordHits / m.keywordCount) * 150;
  const raw: Record<Criterion, number> = {
    depth: (m.length / options.fullLength) * 100,
    structure: m.markerGroups.length * 25,
    specificity: m.numberCount * 15 + m.namedTermCount * 10,
    relevance,
    clarity,
  };
  const clamp = (value: number) => Math.max(0, Math.min(100, Math.round(value)));
  return Object.fromEntries(
    Object.entries(raw).map(([criterion, value]) => [criterion, clamp(value)]),
  ) as Record<Criterion, number>;
}

/** The sentences that earned the most credit, quoted verbatim with what they earned it for. */
function pickEvidence(options: {
  sentences: SentenceMeasure[];
  messages: ReturnType<typeof getOfflineMessages>;
}): Evidence[] {
  const { label: labels, markerGroup } = options.messages;
  const contributions = (s: SentenceMeasure): string[] => [
    ...(s.markerGroups.length > 0
      ? [`${labels.structure}: ${s.markerGroups.map(markerGroup).join(", ")}`]
      : []),
    ...(s.numberCount + s.namedTermCount > 0 ? [labels.specificity] : []),
    ...(s.keywordHits.length > 0 ? [`${labels.relevance}: ${s.keywordHits.join(", ")}`] : []),
  ];
  return options.sentences
    .map((sentence, order) => ({ sentence, order, reasons: contributions(sentence) }))
    .filter((entry) => entry.reasons.length > 0)
    .sort((a, b) => b.reasons.length - a.reasons.length || a.order - b.order)
    .slice(0, maxEvidence)
    .sort((a, b) => a.order - b.order)
    .map(({ sentence, reasons }) => ({
      quote: sentence.text,
      segmentId: sentence.segmentId,
      supports: reasons.join("; "),
    }));
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
