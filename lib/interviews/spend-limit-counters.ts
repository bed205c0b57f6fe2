import "server-only";
import { env } from "@/lib/env.mjs";
import { getMetrics } from "@/lib/metrics/get-metrics";

/** Refusals by the spend limits, service metrics like the rate limiter's (shared on Upstash). */
export const spendLimitCounters = {
  sttBudgetRefused: "limits:stt_budget_refused",
  sttTimeLimitRefused: "limits:stt_time_limit_refused",
  mediaTimeLimitRefused: "limits:media_time_limit_refused",
  endedAtTimeLimit: "limits:interviews_ended_at_time_limit",
  followUpModelCallsRefused: "limits:follow_up_model_calls_refused",
  recordingQuotaRefused: "limits:recording_quota_refused",
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
    followUpModelCallsPerInterview: env.FOLLOW_UP_MODEL_CALLS_PER_INTERVIEW,
    recordingMaxBytesPerInterview: env.RECORDING_MAX_BYTES_PER_INTERVIEW,
    recordingsPerInterview: env.RECORDINGS_PER_INTERVIEW,
    sttBudgetRefused: read(spendLimitCounters.sttBudgetRefused),
    sttTimeLimitRefused: read(spendLimitCounters.sttTimeLimitRefused),
    mediaTimeLimitRefused: read(spendLimitCounters.mediaTimeLimitRefused),
    endedAtTimeLimit: read(spendLimitCounters.endedAtTimeLimit),
    followUpModelCallsRefused: read(spendLimitCounters.followUpModelCallsRefused),
    recordingQuotaRefused: read(spendLimitCounters.recordingQuotaRefused),
  };
}
