import "server-only";
import { createHash } from "node:crypto";
import type { Evaluation, InterviewQuestion, StoredCompetencyRubric } from "@/db/schema";
import { listThreadSegments } from "@/lib/ai/thread-segments";
import type { AiProvider, AnswerSegment, FollowUpTurn } from "@/lib/ai/types";
import { verifyEvidence } from "@/lib/ai/verify-evidence";
import { findReusableEvaluation, getEvaluation, saveEvaluation } from "@/lib/db/evaluations";
import { saveRubricVersion } from "@/lib/db/rubric-versions";
import { resolveRubric } from "@/lib/rubrics/resolve-rubric";
import { computeRubricVersion } from "@/lib/rubrics/rubric-version";
import { normalizeAnswer } from "./normalize-answer";

export type ScoredAnswer = {
  evaluationId: string;
  questionId: string;
  questionOrder: number;
  bankQuestionId: string | null;
  competency: string;
  score: number;
  needsReview: boolean;
  reviewReasons: string[];
  rubricVersion: string;
  text: string;
  segmentIds: string[];
  droppedQuotes: number;
};

/**
 * Scores one answer, with its follow-up thread, on its competency's rubric. An unchanged thread
 * under the same rubric version gets its stored evaluation back; with a model, so does the same
 * thread on the same bank question in another interview of the company (a model call is spent
 * once per distinct answer).
 */
export async function scoreAnswer(options: {
  interviewId: string;
  companyId: string;
  position: { rubrics: StoredCompetencyRubric[]; language: string };
  question: InterviewQuestion;
  segments: AnswerSegment[];
  /** Follow-ups asked after this answer, in order: evaluated with it as one answer. */
  followUps?: FollowUpTurn[];
  otherAnswers: { question: string; text: string }[];
  provider: AiProvider;
}): Promise<ScoredAnswer> {
  const { question, segments, provider, position } = options;
  const followUps = options.followUps ?? [];
  // Evidence may quote any turn, and the thread is what gets banked: the score is the thread's.
  const threadSegments = listThreadSegments({ answer: segments, followUps });
  const rubric = resolveRubric({ ...position, competency: question.competency });
  const scorer = {
    provider: provider.name,
    model: provider.models.chat,
    scorerVersion: provider.scorerVersion,
  };
  const rubricVersion = computeRubricVersion({ rubric, language: position.language, scorer });
  await saveRubricVersion({
    id: rubricVersion,
    competency: rubric.competency,
    language: position.language,
    criteria: rubric.criteria,
    ...scorer,
  });

  const text = threadSegments.map((segment) => segment.text).join("\n");
  const answerHash = hashThread({ segments, followUps });
  const summary = (row: Evaluation, droppedQuotes: number): ScoredAnswer => ({
    evaluationId: row.id,
    questionId: question.id,
    questionOrder: question.order,
    bankQuestionId: question.bankQuestionId,
    competency: question.competency,
    score: row.score,
    needsReview: row.status === "needs_review",
    reviewReasons: row.reviewReasons,
    rubricVersion,
    text,
    segmentIds: threadSegments.map((segment) => segment.segmentId),
    droppedQuotes,
  });

  const stored = await getEvaluation({ questionId: question.id, rubricVersion });
  if (stored?.answerHash === answerHash) return summary(stored, 0);

  const base = {
    interviewId: options.interviewId,
    questionId: question.id,
    bankQuestionId: question.bankQuestionId,
    answerHash,
    rubricVersion,
    provider: provider.name,
    model: provider.models.chat,
    reusedFromId: null,
  };
  if (threadSegments.length === 0) {
    const empty = await saveEvaluation({
      ...base,
      score: 0,
      attempts: 0,
      feedback: "No answer was recorded for this question.",
    });
    return summary(empty, 0);
  }

  const reused = await reuseEvaluation({
    ...options,
    segments: threadSegments,
    rubricVersion,
    answerHash,
  });
  if (reused) return summary(await saveEvaluation({ ...base, ...reused }), 0);

  const evaluation = await provider.evaluateAnswer({
    language: position.language,
    question: question.content,
    competency: question.competency,
    rubric,
    rubricVersion,
    answer: segments,
    followUps,
    otherAnswers: options.otherAnswers,
  });
  const { evidence, droppedCount } = verifyEvidence({
    evidence: evaluation.evidence,
    segments: threadSegments,
  });
  const saved = await saveEvaluation({
    ...base,
    score: evaluation.score,
    rubricScores: evaluation.rubricScores,
    evidence,
    strengths: evaluation.strengths,
    improvements: evaluation.improvements,
    feedback: evaluation.feedback,
    measurements: evaluation.measurements ?? null,
    status: evaluation.reviewReasons.length > 0 ? "needs_review" : "scored",
    reviewReasons: evaluation.reviewReasons,
    attempts: evaluation.attempts,
  });
  return summary(saved, droppedCount);
}

/**
 * A single answer hashes as it always has (stored evaluations stay valid); a thread also hashes
 * its follow-up questions, since the same words answer a different question in another thread.
 */
export function hashThread(options: {
  segments: AnswerSegment[];
  followUps: FollowUpTurn[];
}): string {
  const join = (segments: AnswerSegment[]) =>
    normalizeAnswer(segments.map((segment) => segment.text).join("\n"));
  const main = join(options.segments);
  const hashed =
    options.followUps.length === 0
      ? main
      : JSON.stringify([
          main,
          ...options.followUps.map((turn) => [normalizeAnswer(turn.question), join(turn.answer)]),
        ]);
  return createHash("sha256").update(hashed).digest("hex");
}

/**
 * A model's evaluation of the same answer elsewhere, with its quotes re-pointed at this
 * interview's segments. Offline scores are not reused: they also weigh the interview's other
 * answers, and recomputing them costs nothing.
 */
async function reuseEvaluation(options: {
  interviewId: string;
  companyId: string;
  question: InterviewQuestion;
  segments: AnswerSegment[];
  provider: AiProvider;
  rubricVersion: string;
  answerHash: string;
}) {
  if (options.provider.name !== "openai" || !options.question.bankQuestionId) return null;
  const original = await findReusableEvaluation({
    bankQuestionId: options.question.bankQuestionId,
    rubricVersion: options.rubricVersion,
    answerHash: options.answerHash,
    companyId: options.companyId,
    excludeInterviewId: options.interviewId,
  });
  if (!original) return null;
  const { evidence, droppedCount } = verifyEvidence({
    evidence: original.evidence,
    segments: options.segments,
  });
  if (droppedCount > 0) return null;
  return {
    score: original.score,
    rubricScores: original.rubricScores,
    evidence,
    strengths: original.strengths,
    improvements: original.improvements,
    feedback: original.feedback,
    measurements: original.measurements,
    status: original.status,
    reviewReasons: original.reviewReasons,
    attempts: 0,
    reusedFromId: original.reusedFromId ?? original.id,
  };
}
