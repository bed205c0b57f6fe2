import "server-only";
import { env } from "@/lib/env.mjs";
import { getMetrics } from "@/lib/metrics/get-metrics";

/** Refusals by the spend limits, service metrics like the rate limiter's (shared on Upstash). */
export const spendLimitCounters = {
  sttBudgetRefused: "limits:stt_budget_refused",
  sttTimeLimitRefused: "limits:stt_time_limit_refused",
  mediaTimeLimitRefused: "limits:media_time_limit_refused",
  endedAtTimeLimit: "limits:interviews_ended_at_time_limit",
} as const;

export type SpendLimitCounter = (typeof spendLimitCounters)[keyof typeof spendLimitCounters];

export function countSpendLimit(field: SpendLimitCounter, delta = 1): void {
  getMetrics().add(field, delta);
}

/** The operator page's figures: refusals so far, and the limits they were measured against. */
export async function readSpendLimitStats() {
  const totals = await getMetrics().read();
  const read = (field: SpendLimitCounter) => totals[field] ?? 0;
  return {
    sttTokensPerInterview: env.STT_TOKENS_PER_INTERVIEW,
    maxInterviewMinutes: env.MAX_INTERVIEW_DURATION_MINUTES,
    sttBudgetRefused: read(spendLimitCounters.sttBudgetRefused),
    sttTimeLimitRefused: read(spendLimitCounters.sttTimeLimitRefused),
    mediaTimeLimitRefused: read(spendLimitCounters.mediaTimeLimitRefused),
    endedAtTimeLimit: read(spendLimitCounters.endedAtTimeLimit),
  };
}
