import "server-only";
import type { Interview, InterviewQuestion, TranscriptSegment } from "@/db/schema";
import { getAiProvider } from "@/lib/ai/get-ai-provider";
import { decideFollowUpOffline } from "@/lib/ai/offline-follow-up";
import type { AiProvider, AnswerSegment, FollowUpInput } from "@/lib/ai/types";
import { claimFollowUpModelCall, getFollowUpDecision } from "@/lib/db/follow-up-decisions";
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
import { type DecidedFollowUp, decideFollowUpOnce } from "./decide-follow-up-once";
import { countSpendLimit, spendLimitCounters } from "./spend-limit-counters";

/**
 * After the candidate answers `questionId` (a main question or a follow-up): the follow-up to ask
 * next, or null. Idempotent: the decision is stored once per thread and follow-up number, "none"
 * included, and concurrent calls wait for the one in flight, so a retried, repeated or parallel
 * call never adds a second follow-up and never asks the provider again.
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
  // Decided before: an "ask" found its question above, so what is left is "none".
  const stored = await getFollowUpDecision({ mainQuestionId: main.id, followUpNumber: next });
  if (stored?.status === "decided") return null;

  const language = position?.language ?? "en";
  const segments = await listCandidateSegments({
    interviewId: interview.id,
    questionIds: thread.map((question) => question.id),
  });
  const answerTo = (question: InterviewQuestion) => toAnswer(segments, question.id);
  const input: FollowUpInput = {
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
  };
  return decideFollowUpOnce({
    interviewId: interview.id,
    mainQuestionId: main.id,
    followUpNumber: next,
    decide: () =>
      decideWithinBudget({
        interviewId: interview.id,
        input,
        provider: options.provider ?? getAiProvider(),
      }),
    addQuestion: (decision) =>
      addFollowUpQuestion({
        interviewId: interview.id,
        main,
        followUpNumber: next,
        content: decision.question,
        reason: decision.reason,
      }),
  });
}

/**
 * Asks the provider, taking a model call from the interview's budget first
 * (FOLLOW_UP_MODEL_CALLS_PER_INTERVIEW). Past it the offline rules decide, at no cost, and the
 * refusal is counted for the operator page; the candidate's interview goes on the same way.
 */
async function decideWithinBudget(options: {
  interviewId: string;
  input: FollowUpInput;
  provider: AiProvider;
}): Promise<DecidedFollowUp> {
  const { provider, input } = options;
  if (provider.name === "offline") {
    return { decision: await provider.decideFollowUp(input), decidedBy: "offline" };
  }
  const isGranted = await claimFollowUpModelCall({
    interviewId: options.interviewId,
    budget: env.FOLLOW_UP_MODEL_CALLS_PER_INTERVIEW,
  });
  if (!isGranted) {
    countSpendLimit(spendLimitCounters.followUpModelCallsRefused);
    return { decision: decideFollowUpOffline(input), decidedBy: "budget_spent" };
  }
  return { decision: await provider.decideFollowUp(input), decidedBy: provider.name };
}

function toAnswer(segments: TranscriptSegment[], questionId: string): AnswerSegment[] {
  return segments
    .filter((segment) => segment.questionId === questionId)
    .map((segment) => ({ segmentId: segment.id, text: segment.text }));
}
