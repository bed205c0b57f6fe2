import type { IntegritySignal, IntegritySignalKind, InterviewQuestion } from "@/db/schema";
import { copiedShareLimit } from "./copied-wording";

export type SignalSummary = {
  kind: IntegritySignalKind;
  questionId: string | null;
  /** "Question 2" or "Question 2, follow-up 1"; null when the question is gone. */
  questionLabel: string | null;
  questionText: string | null;
  /** One sentence with the figures, for the recruiter. */
  description: string;
  /** Another candidate's interview whose answer is close to this one. */
  similarInterviewId: string | null;
  excerpt: string | null;
};

const kindOrder: IntegritySignalKind[] = [
  "similar_to_candidate",
  "similar_to_bank",
  "paste",
  "focus_lost",
  "silence_before_answer",
];

/** Similarity signals are built by the server; a browser's evidence is never shown as words. */
const isServerMade = (kind: IntegritySignalKind) =>
  kind === "similar_to_candidate" || kind === "similar_to_bank";
const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
const times = (count: number) => (count === 1 ? "once" : `${count} times`);
const numberOf = (value: unknown) => (typeof value === "number" ? value : 0);
const textOf = (value: unknown) => (typeof value === "string" ? value : null);

/**
 * One line per question and kind: a browser reports each time away and each paste on its own, the
 * recruiter reads them per answer. Similarity signals are one per answer already.
 */
export function summarizeSignals(options: {
  signals: IntegritySignal[];
  questions: InterviewQuestion[];
}): SignalSummary[] {
  const groups = new Map<string, IntegritySignal[]>();
  for (const signal of options.signals) {
    const key = `${signal.questionId}:${signal.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), signal]);
  }
  const questionIndex = new Map(options.questions.map((question, index) => [question.id, index]));
  const summaries = [...groups.values()].map((group) => {
    const [first] = group as [IntegritySignal, ...IntegritySignal[]];
    const question = options.questions.find((q) => q.id === first.questionId) ?? null;
    return {
      kind: first.kind,
      questionId: first.questionId,
      questionLabel: question ? labelQuestion(question) : null,
      questionText: question?.content ?? null,
      description: describeGroup(group),
      similarInterviewId:
        first.kind === "similar_to_candidate" ? textOf(first.evidence.interviewId) : null,
      excerpt: isServerMade(first.kind) ? textOf(first.evidence.excerpt) : null,
    };
  });
  return summaries.sort(
    (a, b) =>
      (questionIndex.get(a.questionId ?? "") ?? Number.MAX_SAFE_INTEGER) -
        (questionIndex.get(b.questionId ?? "") ?? Number.MAX_SAFE_INTEGER) ||
      kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind),
  );
}

export function labelQuestion(
  question: Pick<InterviewQuestion, "order" | "followUpNumber">,
): string {
  const main = `Question ${question.order}`;
  return question.followUpNumber > 0 ? `${main}, follow-up ${question.followUpNumber}` : main;
}

function describeGroup(group: IntegritySignal[]): string {
  const [first] = group as [IntegritySignal, ...IntegritySignal[]];
  const count = group.reduce((sum, signal) => sum + signal.count, 0);
  const totalMs = group.reduce((sum, signal) => sum + (signal.totalMs ?? 0), 0);
  switch (first.kind) {
    case "focus_lost":
      return `Left the page ${times(count)} during the answer, ${seconds(totalMs)} away in all.`;
    case "paste": {
      const chars = group.reduce((sum, signal) => sum + numberOf(signal.evidence.chars), 0);
      return `Pasted text into the typed answer ${times(count)}, ${chars} characters in all.`;
    }
    case "silence_before_answer":
      return first.evidence.answered === false
        ? `No words at all during ${seconds(totalMs)} after the question.`
        : `${seconds(totalMs)} of silence between the question and the first words.`;
    case "similar_to_candidate": {
      const closeness = describeCloseness(first, "another candidate's answer");
      return count > 1 ? `${closeness}; ${count} answers in all are this close.` : `${closeness}.`;
    }
    case "similar_to_bank":
      return `${describeCloseness(first, "an answer in the company's answer bank")}.`;
  }
}

/** A copy by wording says how much of it matches; one by meaning, its cosine. */
function describeCloseness(signal: IntegritySignal, source: string): string {
  const share = numberOf(signal.evidence.copiedShare);
  return share >= copiedShareLimit
    ? `${Math.round(share * 100)} % of the wording matches ${source} (cosine ${numberOf(signal.evidence.similarity).toFixed(2)})`
    : `Very similar (cosine ${numberOf(signal.evidence.similarity).toFixed(2)}) to ${source}`;
}
