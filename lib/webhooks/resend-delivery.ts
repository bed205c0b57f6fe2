import "server-only";
import { getWebhookDelivery, requeueWebhookDelivery } from "@/lib/db/webhook-deliveries";
import { getWebhookEndpoint } from "@/lib/db/webhook-endpoints";
import { DomainError, notFoundError } from "@/lib/domain-error";

/**
 * Puts a finished delivery (failed or succeeded) back for one more attempt now, under the same
 * message id, so a receiver that already has it can tell. The caller starts the attempt.
 */
export async function resendWebhookDelivery(input: {
  companyId: string;
  endpointId: string;
  deliveryId: string;
  now?: Date;
}) {
  const endpoint = await getWebhookEndpoint({ companyId: input.companyId, id: input.endpointId });
  if (!endpoint) throw notFoundError("Webhook endpoint");
  const delivery = await getWebhookDelivery({ ...input, id: input.deliveryId });
  if (!delivery) throw notFoundError("Webhook delivery");
  const requeued = await requeueWebhookDelivery({ id: delivery.id, now: input.now ?? new Date() });
  if (!requeued) {
    throw new DomainError({
      kind: "conflict",
      message: "The delivery is still being attempted; resend it once it has succeeded or failed.",
    });
  }
  return requeued;
}
