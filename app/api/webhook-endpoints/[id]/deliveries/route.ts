import { requireMember } from "@/lib/auth/require-user";
import { listWebhookDeliveries } from "@/lib/db/webhook-deliveries";
import { getWebhookEndpoint } from "@/lib/db/webhook-endpoints";
import { notFound } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { readSearchParams } from "@/lib/http/read-search-params";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { toWebhookDeliveryView } from "@/lib/webhooks/endpoint-view";
import { encodeDeliveryCursor, listWebhookDeliveriesQuerySchema } from "./schema";

// GET /api/webhook-endpoints/{id}/deliveries – the endpoint's delivery log, newest first
export const GET = routeHandler(async ({ req, params }) => {
  const member = await requireMember(req, "members:manage");
  const id = uuidParam(params, { name: "id", entity: "Webhook endpoint" });
  const query = listWebhookDeliveriesQuerySchema.parse(readSearchParams(req));
  if (!(await getWebhookEndpoint({ id, companyId: member.companyId }))) {
    throw notFound("Webhook endpoint");
  }
  // One more than the page: whether there is a next page, without counting.
  const rows = await listWebhookDeliveries({
    endpointId: id,
    limit: query.limit + 1,
    before: query.cursor,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return Response.json({
    deliveries: page.map(toWebhookDeliveryView),
    nextCursor: rows.length > query.limit && last ? encodeDeliveryCursor(last) : null,
  });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
