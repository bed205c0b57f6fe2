import "server-only";
import { recordWebhookDeliveries } from "@/lib/webhooks/record-deliveries";
import { definePipelineFunction } from "../define-pipeline-function";
import { webhookDeliveryRequested, workspaceActivity } from "../events";

/**
 * One activity of a workspace → one delivery per endpoint that asked for its type, each started
 * as its own run (deliver-webhook), so one slow receiver never holds up another. The deliveries'
 * ids are derived from the activity, so a retried step or repeated event records each once.
 */
export const fanOutWebhooksFunction = definePipelineFunction({
  id: "fan-out-webhooks",
  trigger: workspaceActivity,
  retries: 3,
  handler: async ({ event, step }) => {
    const deliveryIds = await step.run("record-deliveries", () =>
      recordWebhookDeliveries(event.data),
    );
    if (deliveryIds.length > 0) {
      await step.sendEvent(
        "deliver",
        deliveryIds.map((deliveryId) => webhookDeliveryRequested.create({ deliveryId })),
      );
    }
    return { deliveries: deliveryIds.length };
  },
});
