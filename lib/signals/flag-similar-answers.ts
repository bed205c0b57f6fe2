import "server-only";
import type { AiProvider } from "@/lib/ai/types";
import { replaceSimilaritySignals } from "@/lib/db/integrity-signals";
import {
  type ComparableAnswer,
  findNearestBankAnswer,
  hasBankAnswersFromOthers,
  listComparableAnswers,
} from "@/lib/db/similar-answers";
import { env } from "@/lib/env.mjs";
import { loadInterviewAnswers } from "@/lib/evaluation/load-interview-answers";

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

/**
 * After evaluation: flags each main answer that is a near-duplicate of another candidate's answer
 * to the same question (same bank question or same text) in the company, or of a banked answer
 * from another interview. Writes review signals only; scores and decisions never read them.
 */
export async function flagSimilarAnswers(options: {
  interviewId: string;
  provider: AiProvider;
  threshold?: number;
}): Promise<{ answers: number; compared: number; embeddedTexts: number; flagged: number }> {
  const threshold = options.threshold ?? env.SIMILAR_ANSWER_THRESHOLD;
  const { interview, answers } = await loadInterviewAnswers({ interviewId: options.interviewId });
  const own = answers
    .map(({ question, segments }) => ({
      question,
      text: segments
        .map((segment) => segment.text)
        .join(" ")
        .trim(),
    }))
    .filter((answer) => answer.text.length >= minAnswerChars);
  const bankQuestionIds = own.flatMap((a) =>
    a.question.bankQuestionId ? [a.question.bankQuestionId] : [],
  );
  const others =
    own.length === 0
      ? []
      : await listComparableAnswers({
          companyId: interview.companyId,
          exceptInterviewId: interview.id,
          bankQuestionIds,
          contents: own.map((answer) => answer.question.content),
          limit: maxComparedAnswers,
        });
  // Nothing to compare with (the first interview on these questions): no embedding is paid for.
  const hasBank = await hasBankAnswersFromOthers({
    companyId: interview.companyId,
    bankQuestionIds,
    exceptInterviewId: interview.id,
  });
  if (others.length === 0 && !hasBank) {
    await replaceSimilaritySignals({ interviewId: interview.id, signals: [] });
    return { answers: own.length, compared: 0, embeddedTexts: 0, flagged: 0 };
  }
  const texts = [...own.map((answer) => answer.text), ...others.map((other) => other.text)];
  // One request for the whole interview: its own answers and every answer compared with them.
  const vectors = texts.length > 0 ? await options.provider.embed(texts) : [];
  const otherVectors = vectors.slice(own.length);

  const signals: Parameters<typeof replaceSimilaritySignals>[0]["signals"] = [];
  for (const [index, answer] of own.entries()) {
    const vector = vectors[index] ?? [];
    const close = others
      .map((other, i) => ({ other, similarity: cosine(vector, otherVectors[i] ?? []) }))
      .filter(
        ({ other, similarity }) =>
          isSameQuestion(other, answer.question) && similarity >= threshold,
      )
      .sort((a, b) => b.similarity - a.similarity);
    const [closest] = close;
    if (closest) {
      signals.push({
        kind: "similar_to_candidate",
        questionId: answer.question.id,
        count: close.length,
        evidence: {
          interviewId: closest.other.interviewId,
          similarity: round(closest.similarity),
          excerpt: excerpt(closest.other.text),
        },
      });
    }
    if (!answer.question.bankQuestionId) continue;
    const banked = await findNearestBankAnswer({
      companyId: interview.companyId,
      bankQuestionId: answer.question.bankQuestionId,
      exceptInterviewId: interview.id,
      embedding: vector,
    });
    // Another candidate's answer that was banked is already flagged above as theirs.
    if (
      banked &&
      banked.similarity >= threshold &&
      !close.some(({ other }) => other.interviewId === banked.sourceInterviewId)
    ) {
      signals.push({
        kind: "similar_to_bank",
        questionId: answer.question.id,
        count: 1,
        evidence: {
          answerBankId: banked.id,
          similarity: round(banked.similarity),
          excerpt: excerpt(banked.text),
        },
      });
    }
  }
  await replaceSimilaritySignals({ interviewId: interview.id, signals });
  return {
    answers: own.length,
    compared: others.length,
    embeddedTexts: texts.length,
    flagged: signals.length,
  };
}

function isSameQuestion(
  other: ComparableAnswer,
  question: { bankQuestionId: string | null; content: string },
): boolean {
  return (
    (question.bankQuestionId !== null && other.bankQuestionId === question.bankQuestionId) ||
    other.content === question.content
  );
}
