import "server-only";
import { env } from "@/lib/env.mjs";
import { endOverdueInterviews } from "@/lib/interviews/interview-time-limit";
import { sendDueReminders } from "@/lib/invitations/send-reminder";
import { purgeExpiredData } from "@/lib/jobs/purge-expired-data";
import { repeatInBackground } from "@/lib/jobs/repeat-in-background";
import { sweepStuckMail } from "@/lib/mail/sweep-stuck-mail";
import { announceCompletions } from "./announce-completion";
import { dispatchQueuedMail, withQueuedMailDispatched } from "./mail-dispatch";
import { sendNoticeDigestsNow } from "./notice-digests";
import { runWebhookRetries } from "./run-webhook-retries";

const maxFirstDelayMs = 30_000;

/**
 * Everything the server must do on a clock: retention, and ending interviews over their limit
 * (which then go to evaluation). Inngest's crons do the same work where Inngest is configured.
 */
export async function runMaintenance(options: { now?: Date } = {}) {
  const purged = await purgeExpiredData(options);
  const { completions } = await endOverdueInterviews(options);
  await announceCompletions(completions);
  const ended = completions.length;
  const mail = await sweepStuckMail(options);
  await dispatchQueuedMail(mail.redispatch);
  await withQueuedMailDispatched(() => sendDueReminders(options));
  await sendNoticeDigestsNow(options);
  await runWebhookRetries(options);
  if (mail.redispatch.length + mail.failed > 0) {
    console.info(
      `maintenance: dispatched ${mail.redispatch.length} messages left queued again; failed ${mail.failed} stuck ones`,
    );
  }
  if (purged.interviews + purged.jobRuns + purged.decisionRecords + ended > 0) {
    console.info(
      `maintenance: deleted ${purged.interviews} interviews past ${env.DATA_RETENTION_DAYS} days, ${purged.jobRuns} job runs past ${env.JOB_RUNS_RETENTION_DAYS} days (no recent decision resting on them), ${purged.decisionRecords} decision records past their retain_until and ${purged.speechClips} speech clips not played for ${env.DATA_RETENTION_DAYS} days; ended ${ended} interviews over ${env.MAX_INTERVIEW_DURATION_MINUTES} minutes`,
    );
  }
  return {
    ...purged,
    endedInterviews: ended,
    mailRedispatched: mail.redispatch.length,
    mailFailed: mail.failed,
  };
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
