import "server-only";
import { collectQueuedMail } from "@/lib/mail/queued-mail-collector";
import { attemptWebhookDelivery } from "@/lib/webhooks/attempt-delivery";
import { definePipelineFunction } from "../define-pipeline-function";
import { mailQueued, webhookDeliveryRequested } from "../events";

/** More rounds than the schedule can use in 24 h: a bound, should a claim keep being lost. */
const maxRounds = 20;

/**
 * Delivers one webhook: an attempt, and while it is pending a durable sleep until its next try
 * (30 s, 2 min, 10 min, 1 h, 3 h, then every 4 h, for 24 h). Each attempt claims the row first, so
 * a resend or the sweep running beside this never sends one attempt twice. In process there is
 * no durable sleep: the first attempt runs here, the retries come from the webhook retry timer.
 */
export const deliverWebhookFunction = definePipelineFunction({
  id: "deliver-webhook",
  trigger: webhookDeliveryRequested,
  // An attempt records its own failure and schedules its retry; a thrown error is ours (the database).
  retries: 3,
  handler: async ({ event, step }) => {
    const { deliveryId } = event.data;
    for (let round = 1; round <= maxRounds; round++) {
      // Disabling a failing endpoint mails its admins: sent once the attempt is recorded.
      const { result: outcome, messageIds } = await step.run(`attempt-${round}`, () =>
        collectQueuedMail(() => attemptWebhookDelivery({ deliveryId })),
      );
      if (messageIds.length > 0) {
        await step.sendEvent(
          `mail-admins-${round}`,
          messageIds.map((messageId) => mailQueued.create({ messageId })),
        );
      }
      if (outcome.status !== "pending" || !outcome.nextAttemptAt || !step.sleepUntil) {
        return outcome;
      }
      await step.sleepUntil(`wait-${round}`, new Date(outcome.nextAttemptAt));
    }
    return { deliveryId, status: "left to a later run" };
  },
});
