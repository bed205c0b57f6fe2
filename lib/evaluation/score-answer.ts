import "server-only";
import { createHash } from "node:crypto";
import type { InterviewQuestion } from "@/db/schema";
import type { AiProvider, AnswerSegment } from "@/lib/ai/types";
import { verifyEvidence } from "@/lib/ai/verify-evidence";
import { getEvaluation, saveEvaluation } from "@/lib/db/evaluations";
import { rubricVersion } from "./rubric";

export type ScoredAnswer = {
  evaluationId: string;
  questionId: string;
  bankQuestionId: string | null;
  competency: string;
  score: number;
  text: string;
  segmentIds: string[];
  droppedQuotes: number;
};

/**
 * Scores one answer against the rubric. An unchanged answer under the same rubric version gets
 * its stored evaluation back instead of a new (possibly different) one.
 */
export async function scoreAnswer(options: {
  interviewId: string;
  question: InterviewQuestion;
  segments: AnswerSegment[];
  language: string;
  provider: AiProvider;
}): Promise<ScoredAnswer> {
  const { question, segments, provider } = options;
  const text = segments.map((segment) => segment.text).join("\n");
  const answerHash = createHash("sha256").update(`${rubricVersion}\n${text}`).digest("hex");
  const summary = (evaluationId: string, score: number, droppedQuotes: number) => ({
    evaluationId,
    questionId: question.id,
    bankQuestionId: question.bankQuestionId,
    competency: question.competency,
    score,
    text,
    segmentIds: segments.map((segment) => segment.segmentId),
    droppedQuotes,
  });

  const stored = await getEvaluation({ questionId: question.id, rubricVersion });
  if (stored?.answerHash === answerHash) return summary(stored.id, stored.score, 0);

  const base = {
    interviewId: options.interviewId,
    questionId: question.id,
    answerHash,
    rubricVersion,
    provider: provider.name,
    model: provider.models.chat,
  };
  if (segments.length === 0) {
    const empty = await saveEvaluation({
      ...base,
      score: 0,
      feedback: "No answer was recorded for this question.",
    });
    return summary(empty.id, 0, 0);
  }
  const evaluation = await provider.evaluateAnswer({
    language: options.language,
    question: question.content,
    competency: question.competency,
    rubricVersion,
    answer: segments,
  });
  const { evidence, droppedCount } = verifyEvidence({ evidence: evaluation.evidence, segments });
  const saved = await saveEvaluation({
    ...base,
    score: evaluation.score,
    rubricScores: evaluation.rubricScores,
    evidence,
    strengths: evaluation.strengths,
    improvements: evaluation.improvements,
    feedback: evaluation.measurements
      ? `${evaluation.feedback}\n\n${evaluation.measurements}`
      : evaluation.feedback,
  });
  return summary(saved.id, saved.score, droppedCount);
}
