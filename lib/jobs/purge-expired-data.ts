import "server-only";
import { eraseExpiredInterviews } from "@/lib/data-rights/erase-expired-interviews";
import { deleteDecisionRecordsPastRetention } from "@/lib/db/decision-records";
import { deleteIdempotencyKeysCreatedBefore } from "@/lib/db/idempotency-keys";
import { deleteJobRunsStartedBefore } from "@/lib/db/job-runs";
import { deleteSpeechClipsServedBefore } from "@/lib/db/speech-clips";
import { env } from "@/lib/env.mjs";
import { idempotencyKeyMaxAgeMs } from "@/lib/http/idempotent-request";
import { deleteEmailMessagesCreatedBefore } from "@/lib/mail/email-messages";

const dayMs = 24 * 60 * 60 * 1000;

/**
 * DATA_RETENTION_DAYS for interviews, for speech clips no interview has played since and for
 * email messages, JOB_RUNS_RETENTION_DAYS for job runs (but those a recent decision rests on),
 * `retain_until` for decision records, a day for idempotency keys. Interviews go the way a
 * candidate's erase request takes them (recording files first, then rows, with a `data_deletions`
 * row and a decision record each).
 */
export async function purgeExpiredData(options: { now?: Date } = {}) {
  const now = options.now ?? new Date();
  const { erased } = await eraseExpiredInterviews({ retentionDays: env.DATA_RETENTION_DAYS, now });
  const jobRuns = await deleteJobRunsStartedBefore({
    cutoff: new Date(now.getTime() - env.JOB_RUNS_RETENTION_DAYS * dayMs),
    now,
  });
  const decisionRecords = await deleteDecisionRecordsPastRetention({ now });
  const speechClips = await deleteSpeechClipsServedBefore({
    cutoff: new Date(now.getTime() - env.DATA_RETENTION_DAYS * dayMs),
  });
  const emailMessages = await deleteEmailMessagesCreatedBefore({
    cutoff: new Date(now.getTime() - env.DATA_RETENTION_DAYS * dayMs),
  });
  const idempotencyKeys = await deleteIdempotencyKeysCreatedBefore({
    cutoff: new Date(now.getTime() - idempotencyKeyMaxAgeMs),
  });
  return {
    interviews: erased,
    jobRuns,
    decisionRecords,
    speechClips,
    emailMessages,
    idempotencyKeys,
  };
}
