import "server-only";
import { collectQueuedMail } from "@/lib/mail/queued-mail-collector";
import { sweepDueWebhookDeliveries } from "@/lib/webhooks/sweep-due-deliveries";
import { definePipelineFunction } from "../define-pipeline-function";
import { mailQueued } from "../events";

/**
 * On Inngest, the safety net of deliver-webhook: attempts deliveries due more than 5 minutes ago,
 * whose run was lost (a resend whose event never reached Inngest, a cancelled run). The sleeping
 * runs take every delivery due sooner. In process the webhook retry timer does this work.
 */
export const sweepWebhookDeliveriesFunction = definePipelineFunction({
  id: "sweep-webhook-deliveries",
  cronSchedule: "*/10 * * * *",
  concurrency: { limit: 1 },
  handler: async ({ step }) => {
    const { result, messageIds } = await step.run("sweep", () =>
      collectQueuedMail(() => sweepDueWebhookDeliveries({ overdueByMs: 5 * 60_000 })),
    );
    if (messageIds.length > 0) {
      await step.sendEvent(
        "mail-admins",
        messageIds.map((messageId) => mailQueued.create({ messageId })),
      );
    }
    return result;
  },
});
