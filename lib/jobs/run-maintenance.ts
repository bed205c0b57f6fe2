import "server-only";
import { deleteJobRunsStartedBefore } from "@/lib/db/job-runs";
import { purgeExpiredInterviews } from "@/lib/db/purge-expired-interviews";
import { env } from "@/lib/env.mjs";
import { endOverdueInterviews } from "@/lib/interviews/interview-time-limit";
import { repeatInBackground } from "./repeat-in-background";

const dayMs = 24 * 60 * 60 * 1000;
const maxFirstDelayMs = 30_000;

/** DATA_RETENTION_DAYS for interviews, JOB_RUNS_RETENTION_DAYS for job runs. */
export async function purgeExpiredData(options: { now?: Date } = {}) {
  const now = options.now ?? new Date();
  const { purged } = await purgeExpiredInterviews({ retentionDays: env.DATA_RETENTION_DAYS, now });
  const jobRuns = await deleteJobRunsStartedBefore({
    cutoff: new Date(now.getTime() - env.JOB_RUNS_RETENTION_DAYS * dayMs),
  });
  return { interviews: purged, jobRuns };
}

/** Everything the server must do on a clock: retention, and ending interviews over their limit. */
export async function runMaintenance(options: { now?: Date } = {}) {
  const purged = await purgeExpiredData(options);
  const { ended } = await endOverdueInterviews(options);
  if (purged.interviews + purged.jobRuns + ended > 0) {
    console.info(
      `maintenance: deleted ${purged.interviews} interviews past ${env.DATA_RETENTION_DAYS} days and ${purged.jobRuns} job runs past ${env.JOB_RUNS_RETENTION_DAYS} days; ended ${ended} interviews over ${env.MAX_INTERVIEW_DURATION_MINUTES} minutes`,
    );
  }
  return { ...purged, endedInterviews: ended };
}

/**
 * Runs maintenance in this process: shortly after start (jittered) and then every
 * RETENTION_INTERVAL_MINUTES while it stays up. Only for servers without Inngest, whose crons
 * (`purge-expired-interviews`, `end-overdue-interviews`) do the same work otherwise.
 */
export function startMaintenance(): () => void {
  return repeatInBackground({
    name: "maintenance",
    run: () => runMaintenance(),
    intervalMs: env.RETENTION_INTERVAL_MINUTES * 60_000,
    firstDelayMs: Math.round(Math.random() * maxFirstDelayMs),
  });
}
