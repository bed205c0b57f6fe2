import "server-only";
import type { Interview } from "@/db/schema";
import { getInterviewById } from "@/lib/db/interviews";
import { claimSttTokenGrant } from "@/lib/db/stt-token-grants";
import { env } from "@/lib/env.mjs";
import { ApiError, notFound } from "@/lib/http/api-error";
import { assertWithinTimeLimit, getTimeLimitCutoff } from "@/lib/interviews/interview-time-limit";
import { countSpendLimit, spendLimitCounters } from "@/lib/interviews/spend-limit-counters";
import { assertInterviewInProgress } from "@/lib/media/assert-interview-in-progress";

/**
 * Takes one Deepgram token from the interview's budget (STT_TOKENS_PER_INTERVIEW), or throws why
 * not: not in progress (409), over the time limit (409, and the interview ends), or the budget is
 * spent (429 `stt_budget_exhausted`; the candidate types the rest).
 */
export async function takeSttGrant(options: {
  interviewId: string;
  /** A granted accommodation lengthens the time limit. */
  accommodationGrant?: Interview["accommodationGrant"];
  now?: Date;
}): Promise<void> {
  const now = options.now ?? new Date();
  const isClaimed = await claimSttTokenGrant({
    interviewId: options.interviewId,
    budget: env.STT_TOKENS_PER_INTERVIEW,
    startedAfter: getTimeLimitCutoff(now, options.accommodationGrant),
  });
  if (isClaimed) return;
  // The conditional update says no; the row, read fresh, says which condition failed.
  const interview = await getInterviewById({ id: options.interviewId });
  if (!interview) throw notFound("Interview");
  assertInterviewInProgress(interview);
  await assertWithinTimeLimit(interview, {
    refusal: spendLimitCounters.sttTimeLimitRefused,
    now,
  });
  countSpendLimit(spendLimitCounters.sttBudgetRefused);
  throw new ApiError({
    code: "stt_budget_exhausted",
    message: `This interview has used all ${env.STT_TOKENS_PER_INTERVIEW} speech-to-text sessions; type the remaining answers.`,
  });
}
