import "server-only";
import { listBankAnswersOfInterview } from "@/lib/db/answer-bank-review";
import { getHiringDecision } from "@/lib/db/hiring-decisions";
import { listReviewAudit } from "@/lib/db/review-audit";
import { listScoreOverrides } from "@/lib/db/score-overrides";

/** Everything people recorded about one interview: overrides, decision, bank answers, history. */
export async function getInterviewReview(options: { interviewId: string }) {
  const [overrides, decision, audit, bankAnswers] = await Promise.all([
    listScoreOverrides(options),
    getHiringDecision(options),
    listReviewAudit(options),
    listBankAnswersOfInterview(options),
  ]);
  return { overrides, decision, audit, bankAnswers };
}

export type InterviewReview = Awaited<ReturnType<typeof getInterviewReview>>;
