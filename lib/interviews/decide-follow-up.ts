import "server-only";
import type { Interview, InterviewQuestion, TranscriptSegment } from "@/db/schema";
import { getAiProvider } from "@/lib/ai/get-ai-provider";
import type { AiProvider, AnswerSegment } from "@/lib/ai/types";
import { getPosition } from "@/lib/db/positions";
import {
  addFollowUpQuestion,
  getInterviewQuestion,
  listCandidateSegments,
  listThreadQuestions,
} from "@/lib/db/question-threads";
import { DomainError, notFoundError } from "@/lib/domain-error";
import { env } from "@/lib/env.mjs";
import { resolveRubric } from "@/lib/rubrics/resolve-rubric";

/**
 * After the candidate answers `questionId` (a main question or a follow-up): the follow-up to ask
 * next, or null. Idempotent: the next follow-up of the thread, once it exists, is returned as is,
 * so a retried or repeated call never adds a second one and never asks the provider again.
 */
export async function decideFollowUp(options: {
  interview: Interview;
  questionId: string;
  provider?: AiProvider;
}): Promise<InterviewQuestion | null> {
  const { interview } = options;
  const answered = await getInterviewQuestion({
    interviewId: interview.id,
    questionId: options.questionId,
  });
  if (!answered) throw notFoundError("Question");
  // Checked again under the row lock when inserting; checking here spares a refused call the AI work.
  if (interview.status !== "in_progress") {
    throw new DomainError({
      kind: "conflict",
      message: `Follow-up questions can only be asked while the interview is in progress (status: ${interview.status}).`,
    });
  }
  const mainQuestionId = answered.parentQuestionId ?? answered.id;
  const thread = await listThreadQuestions({ interviewId: interview.id, mainQuestionId });
  const next = answered.followUpNumber + 1;
  const existing = thread.find((question) => question.followUpNumber === next);
  if (existing) return existing;
  // Only the thread's last question can lead to a new follow-up.
  if (thread.some((question) => question.followUpNumber > answered.followUpNumber)) return null;

  const position = await getPosition({ id: interview.positionId, companyId: interview.companyId });
  const limit = position?.followUpsPerQuestion ?? env.FOLLOW_UPS_PER_QUESTION;
  if (answered.followUpNumber >= limit) return null;
  const main = thread.find((question) => question.followUpNumber === 0);
  if (!main) throw notFoundError("Question");

  const language = position?.language ?? "en";
  const segments = await listCandidateSegments({
    interviewId: interview.id,
    questionIds: thread.map((question) => question.id),
  });
  const answerTo = (question: InterviewQuestion) => toAnswer(segments, question.id);
  const decision = await (options.provider ?? getAiProvider()).decideFollowUp({
    language,
    question: main.content,
    competency: main.competency,
    rubric: resolveRubric({
      rubrics: position?.rubrics ?? [],
      competency: main.competency,
      language,
    }),
    answer: answerTo(main),
    followUps: thread
      .filter((question) => question.followUpNumber > 0)
      .map((question) => ({ question: question.content, answer: answerTo(question) })),
  });
  if (!decision.ask) return null;
  return addFollowUpQuestion({
    interviewId: interview.id,
    main,
    followUpNumber: next,
    content: decision.question,
    reason: decision.reason,
  });
}

function toAnswer(segments: TranscriptSegment[], questionId: string): AnswerSegment[] {
  return segments
    .filter((segment) => segment.questionId === questionId)
    .map((segment) => ({ segmentId: segment.id, text: segment.text }));
}
