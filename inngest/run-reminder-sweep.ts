import "server-only";
import { sendDueReminders } from "@/lib/invitations/send-reminder";
import { repeatInBackground } from "@/lib/jobs/repeat-in-background";
import { withQueuedMailDispatched } from "./mail-dispatch";

const sweepIntervalMs = 5 * 60_000;

/**
 * The in-process engine's reminders: every 5 minutes, the ones that are due. The maintenance run
 * sends them too, but its interval (RETENTION_INTERVAL_MINUTES, an hour by default) would let a
 * reminder planned for 08:00 go at 08:59. Where Inngest runs, each reminder sleeps durably instead.
 */
export function startReminderSweep(): () => void {
  return repeatInBackground({
    name: "reminders",
    run: () => withQueuedMailDispatched(() => sendDueReminders()),
    intervalMs: sweepIntervalMs,
    firstDelayMs: Math.round(Math.random() * sweepIntervalMs),
  });
}
