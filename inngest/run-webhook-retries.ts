import "server-only";
import { repeatInBackground } from "@/lib/jobs/repeat-in-background";
import { sweepDueWebhookDeliveries } from "@/lib/webhooks/sweep-due-deliveries";
import { withQueuedMailDispatched } from "./mail-dispatch";

const retryIntervalMs = 30_000;

/**
 * The in-process engine's webhook retries: every 30 s, the deliveries whose next try is due (the
 * shortest backoff is 30 s, shorter than any maintenance interval). Where Inngest runs, each
 * delivery sleeps durably in its own deliver-webhook run instead.
 */
export function runWebhookRetries(options: { now?: Date } = {}) {
  return withQueuedMailDispatched(() => sweepDueWebhookDeliveries(options));
}

export function startWebhookRetries(): () => void {
  return repeatInBackground({
    name: "webhook retries",
    run: () => runWebhookRetries(),
    intervalMs: retryIntervalMs,
    firstDelayMs: Math.round(Math.random() * retryIntervalMs),
  });
}
