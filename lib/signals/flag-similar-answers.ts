import "server-only";
import type { InterviewQuestion } from "@/db/schema";
import type { AiProvider } from "@/lib/ai/types";
import { replaceSimilaritySignals } from "@/lib/db/integrity-signals";
import { listInterviewQuestions } from "@/lib/db/interview-questions";
import { getInterviewById } from "@/lib/db/interviews";
import { copyReasonMarker, replaceCopyReviewReasons } from "@/lib/db/report-copy-review";
import {
  type ComparableAnswer,
  findNearestBankAnswer,
  hasBankAnswersFromOthers,
  listComparableAnswers,
} from "@/lib/db/similar-answers";
import { listTranscriptSegments } from "@/lib/db/transcripts";
import { env } from "@/lib/env.mjs";
import { groupAnswerThreads } from "@/lib/evaluation/group-answer-threads";
import { copiedShareLimit, measureCopiedWording } from "./copied-wording";
import { labelQuestion } from "./summarize-signals";

/** Short answers ("I don't know", "no") match each other by nature: only longer ones say anything. */
const minAnswerChars = 80;
/** Other answers embedded per interview, so one check costs one bounded embedding request. */
const maxComparedAnswers = 200;
const excerptChars = 200;

const round = (value: number) => Math.round(value * 1000) / 1000;
const excerpt = (text: string) =>
  text.length > excerptChars ? `${text.slice(0, excerptChars - 1)}…` : text;
/** Providers return L2-normalised vectors, so the dot product is the cosine. */
const cosine = (a: number[], b: number[]) =>
  a.reduce((sum, value, i) => sum + value * (b[i] ?? 0), 0);
const percent = (share: number) => `${Math.round(share * 100)} %`;

/** One answer of the interview: a main answer or a follow-up's, with its thread's main question. */
type OwnTurn = { question: InterviewQuestion; main: InterviewQuestion; text: string };
type Signal = Parameters<typeof replaceSimilaritySignals>[0]["signals"][number];

/**
 * After evaluation: flags each answer, main or follow-up, that copies another candidate's answer
 * in a thread on the same question (same bank question or same text) in the company, or a banked
 * answer from another interview. A copy is a near-duplicate by meaning (cosine at the threshold)
 * or by wording (most of the shorter answer's word sequences found in the other: a partial copy,
 * a copy inside a longer answer or behind a framing sentence). Scores never read the signals; a
 * flagged copy puts the report in `needs_review` with a reason naming the answer.
 */
export async function flagSimilarAnswers(options: {
  interviewId: string;
  provider: AiProvider;
  threshold?: number;
}): Promise<{ answers: number; compared: number; embeddedTexts: number; flagged: number }> {
  const threshold = options.threshold ?? env.SIMILAR_ANSWER_THRESHOLD;
  const own = await listOwnTurns(options.interviewId);
  const interview = own.interview;
  const turns = own.turns;
  const mains = [...new Map(turns.map((turn) => [turn.main.id, turn.main])).values()];
  const bankQuestionIds = mains.flatMap((main) =>
    main.bankQuestionId ? [main.bankQuestionId] : [],
  );
  const others =
    turns.length === 0
      ? []
      : await listComparableAnswers({
          companyId: interview.companyId,
          exceptInterviewId: interview.id,
          bankQuestionIds,
          contents: mains.map((main) => main.content),
          limit: maxComparedAnswers,
        });
  // Nothing to compare with (the first interview on these questions): no embedding is paid for.
  const hasBank = await hasBankAnswersFromOthers({
    companyId: interview.companyId,
    bankQuestionIds,
    exceptInterviewId: interview.id,
  });
  if (others.length === 0 && !hasBank) {
    await saveSignals(interview.id, []);
    return { answers: turns.length, compared: 0, embeddedTexts: 0, flagged: 0 };
  }
  const texts = [...turns.map((turn) => turn.text), ...others.map((other) => other.text)];
  // One request for the whole interview: its own answers and every answer compared with them.
  const vectors = texts.length > 0 ? await options.provider.embed(texts) : [];
  const otherVectors = vectors.slice(turns.length);

  const signals: { signal: Signal; turn: OwnTurn }[] = [];
  for (const [index, turn] of turns.entries()) {
    const vector = vectors[index] ?? [];
    const close = others
      .flatMap((other, i) => {
        if (!isSameThread(other, turn.main)) return [];
        const similarity = cosine(vector, otherVectors[i] ?? []);
        const copied = measureCopiedWording(turn.text, other.text);
        return similarity >= threshold || copied.isCopy
          ? [{ other, similarity, copiedShare: copied.share }]
          : [];
      })
      .sort((a, b) => b.copiedShare - a.copiedShare || b.similarity - a.similarity);
    const [closest] = close;
    if (closest) {
      signals.push({
        turn,
        signal: {
          kind: "similar_to_candidate",
          questionId: turn.question.id,
          count: close.length,
          evidence: {
            interviewId: closest.other.interviewId,
            similarity: round(closest.similarity),
            copiedShare: round(closest.copiedShare),
            excerpt: excerpt(closest.other.text),
          },
        },
      });
    }
    if (!turn.main.bankQuestionId) continue;
    const banked = await findNearestBankAnswer({
      companyId: interview.companyId,
      bankQuestionId: turn.main.bankQuestionId,
      exceptInterviewId: interview.id,
      embedding: vector,
    });
    const copiedFromBank = banked ? measureCopiedWording(turn.text, banked.text) : null;
    // Another candidate's answer that was banked is already flagged above as theirs.
    if (
      banked &&
      (banked.similarity >= threshold || copiedFromBank?.isCopy) &&
      !close.some(({ other }) => other.interviewId === banked.sourceInterviewId)
    ) {
      signals.push({
        turn,
        signal: {
          kind: "similar_to_bank",
          questionId: turn.question.id,
          count: 1,
          evidence: {
            answerBankId: banked.id,
            similarity: round(banked.similarity),
            copiedShare: round(copiedFromBank?.share ?? 0),
            excerpt: excerpt(banked.text),
          },
        },
      });
    }
  }
  await saveSignals(interview.id, signals);
  return {
    answers: turns.length,
    compared: others.length,
    embeddedTexts: texts.length,
    flagged: signals.length,
  };
}

/** The interview's answers long enough to compare, main and follow-up, in thread order. */
async function listOwnTurns(interviewId: string) {
  const interview = await getInterviewById({ id: interviewId });
  if (!interview) throw new Error(`Interview ${interviewId} does not exist.`);
  const [questions, segments] = await Promise.all([
    listInterviewQuestions({ interviewId }),
    listTranscriptSegments({ interviewId }),
  ]);
  const joined = (turnSegments: { text: string }[]) =>
    turnSegments
      .map((segment) => segment.text)
      .join(" ")
      .trim();
  const turns = groupAnswerThreads({ questions, segments })
    .flatMap((thread): OwnTurn[] => [
      { question: thread.question, main: thread.question, text: joined(thread.segments) },
      ...thread.followUps.map((turn) => ({
        question: turn.question,
        main: thread.question,
        text: joined(turn.segments),
      })),
    ])
    .filter((turn) => turn.text.length >= minAnswerChars);
  return { interview, turns };
}

/** The signals, and the report's copy reasons to match: a re-run leaves one set of each. */
async function saveSignals(interviewId: string, signals: { signal: Signal; turn: OwnTurn }[]) {
  await replaceSimilaritySignals({ interviewId, signals: signals.map(({ signal }) => signal) });
  await replaceCopyReviewReasons({
    interviewId,
    reasons: signals.map(({ signal, turn }) => describeCopy(signal, turn.question)),
  });
}

function describeCopy(signal: Signal, question: InterviewQuestion): string {
  const source =
    signal.kind === "similar_to_candidate"
      ? "another candidate's answer"
      : "an answer in the company's answer bank";
  const share = Number(signal.evidence?.copiedShare ?? 0);
  const how =
    share >= copiedShareLimit
      ? `${percent(share)} of its wording matches ${source}`
      : `very close in meaning (cosine ${Number(signal.evidence?.similarity ?? 0).toFixed(2)}) to ${source}`;
  return `${labelQuestion(question)}: ${copyReasonMarker} — ${how}. The scores are unchanged; compare the two before relying on them.`;
}

function isSameThread(
  other: ComparableAnswer,
  main: { bankQuestionId: string | null; content: string },
): boolean {
  return (
    (main.bankQuestionId !== null && other.bankQuestionId === main.bankQuestionId) ||
    other.content === main.content
  );
}
