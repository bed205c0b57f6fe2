import { requestWebhookDeliveries } from "@/inngest/request-webhook-deliveries";
import { requireMember } from "@/lib/auth/require-user";
import { notFound } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { toWebhookDeliveryView } from "@/lib/webhooks/endpoint-view";
import { resendWebhookDelivery } from "@/lib/webhooks/resend-delivery";

// POST /api/webhook-endpoints/{id}/deliveries/{deliveryId}/resend – one more attempt of a
// finished delivery, under the same message id; it runs after the answer
export const POST = routeHandler(async ({ req, params }) => {
  const member = await requireMember(req, "members:manage");
  const endpointId = uuidParam(params, { name: "id", entity: "Webhook endpoint" });
  const deliveryId = params.deliveryId;
  if (typeof deliveryId !== "string" || !/^msg_[\w-]{1,64}$/.test(deliveryId)) {
    throw notFound("Webhook delivery");
  }
  const delivery = await resendWebhookDelivery({
    companyId: member.companyId,
    endpointId,
    deliveryId,
  });
  await requestWebhookDeliveries([delivery.id]);
  return Response.json({ delivery: toWebhookDeliveryView(delivery) }, { status: 202 });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
