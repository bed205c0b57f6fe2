import "server-only";
import { getAiProvider } from "@/lib/ai/get-ai-provider";
import { listThreadSegments } from "@/lib/ai/thread-segments";
import { listInterviewQuestionsCached } from "@/lib/cache/cached-reads";
import { collectAnswer } from "@/lib/db/answer-bank";
import { listBankAnswersOfInterview } from "@/lib/db/answer-bank-review";
import { DomainError, notFoundError } from "@/lib/domain-error";
import { getReportOrConflict } from "./get-review-target";

const conflict = (message: string) => new DomainError({ kind: "conflict", message });

/**
 * A recruiter puts an evaluated answer, with its follow-up thread, into the company's answer bank:
 * the way an offline-scored answer gets there (its score alone never banks it). Banked as approved
 * by them with an audit row, unless a near-identical answer to the question is already there.
 */
export async function nominateAnswer(options: {
  interviewId: string;
  questionId: string;
  actorUserId: string;
  reason: string;
}) {
  const { answers: evaluated } = await getReportOrConflict(options.interviewId);
  const scored = evaluated.find((row) => row.question.id === options.questionId);
  if (!scored) {
    // An id in the path that is not this interview's is answered like any unknown id: 404.
    const questions = await listInterviewQuestionsCached(options.interviewId);
    if (!questions.some((question) => question.id === options.questionId)) {
      throw notFoundError("Question");
    }
    throw conflict("This answer has no evaluation: only evaluated main answers can be banked.");
  }
  const { question, evaluation } = scored;
  if (!question.bankQuestionId) {
    throw conflict("This question is not from the question bank: its answers have no place there.");
  }
  // Already banked from this interview (collected, or nominated before): nothing changes.
  const banked = (await listBankAnswersOfInterview({ interviewId: options.interviewId })).find(
    (row) => row.interviewQuestionId === question.id,
  );
  if (banked) return { id: banked.id, status: banked.status, isNew: false };
  // Loaded on use: it belongs to the evaluation pipeline, which no route should carry at start.
  const { loadInterviewAnswers } = await import("@/lib/evaluation/load-interview-answers");
  const { answers } = await loadInterviewAnswers({ interviewId: options.interviewId });
  const thread = answers.find((answer) => answer.question.id === question.id);
  const segments = thread
    ? listThreadSegments({ answer: thread.segments, followUps: thread.followUps })
    : [];
  if (segments.length === 0) throw conflict("No answer was recorded for this question.");
  // The same text and segments collection would bank: the whole thread.
  const text = segments.map((segment) => segment.text).join("\n");
  const [embedding] = await getAiProvider().embed([text]);
  const result = await collectAnswer({
    questionId: question.bankQuestionId,
    text,
    score: evaluation.score,
    embedding: embedding ?? [],
    sourceInterviewId: options.interviewId,
    sourceSegmentIds: segments.map((segment) => segment.segmentId),
    nominatedBy: {
      userId: options.actorUserId,
      subject: `the answer to Question ${question.order}`,
      reason: options.reason,
    },
  });
  if (result.status === "skipped") {
    throw conflict("A near-identical answer to this question is already in the answer bank.");
  }
  return { id: result.answerBankId, status: "approved" as const, isNew: true };
}
