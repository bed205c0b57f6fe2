import "server-only";
import { deleteJobRunsStartedBefore } from "@/lib/db/job-runs";
import { purgeExpiredInterviews } from "@/lib/db/purge-expired-interviews";
import { deleteSpeechClipsServedBefore } from "@/lib/db/speech-clips";
import { env } from "@/lib/env.mjs";

const dayMs = 24 * 60 * 60 * 1000;

/**
 * DATA_RETENTION_DAYS for interviews and for speech clips no interview has played since,
 * JOB_RUNS_RETENTION_DAYS for job runs.
 */
export async function purgeExpiredData(options: { now?: Date } = {}) {
  const now = options.now ?? new Date();
  const { purged } = await purgeExpiredInterviews({ retentionDays: env.DATA_RETENTION_DAYS, now });
  const jobRuns = await deleteJobRunsStartedBefore({
    cutoff: new Date(now.getTime() - env.JOB_RUNS_RETENTION_DAYS * dayMs),
  });
  const speechClips = await deleteSpeechClipsServedBefore({
    cutoff: new Date(now.getTime() - env.DATA_RETENTION_DAYS * dayMs),
  });
  return { interviews: purged, jobRuns, speechClips };
}
