import "server-only";
import { describeError } from "@/lib/observability/redact-error";
import { dispatchAll } from "./dispatch";
import { webhookDeliveryRequested } from "./events";

/**
 * Starts an attempt of each delivery (deliver-webhook). Never throws: the delivery is pending
 * and due, so if the dispatch is lost the retry sweep attempts it.
 */
export async function requestWebhookDeliveries(deliveryIds: readonly string[]): Promise<void> {
  if (deliveryIds.length === 0) return;
  try {
    await dispatchAll(
      webhookDeliveryRequested,
      deliveryIds.map((deliveryId) => ({ deliveryId })),
    );
  } catch (error) {
    console.error(
      `webhooks: requesting ${deliveryIds.length} delivery attempt(s) failed; the sweep retries`,
      describeError(error),
    );
  }
}
