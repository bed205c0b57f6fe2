import { requireMember } from "@/lib/auth/require-user";
import { deleteWebhookEndpoint } from "@/lib/db/webhook-endpoints";
import { notFound } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { toWebhookEndpointView } from "@/lib/webhooks/endpoint-view";
import { editWebhookEndpoint } from "@/lib/webhooks/manage-endpoints";
import { updateWebhookEndpointSchema } from "../schema";

const entity = "Webhook endpoint";

// PATCH /api/webhook-endpoints/{id} – change the URL, events or description; enable or disable
export const PATCH = routeHandler(async ({ req, params }) => {
  const member = await requireMember(req, "members:manage");
  const id = uuidParam(params, { name: "id", entity });
  const input = updateWebhookEndpointSchema.parse(await parseJson(req));
  const endpoint = await editWebhookEndpoint({ ...input, id, companyId: member.companyId });
  return Response.json(toWebhookEndpointView(endpoint));
});

// DELETE /api/webhook-endpoints/{id} – remove an endpoint and its delivery log
export const DELETE = routeHandler(async ({ req, params }) => {
  const member = await requireMember(req, "members:manage");
  const id = uuidParam(params, { name: "id", entity });
  if (!(await deleteWebhookEndpoint({ id, companyId: member.companyId }))) throw notFound(entity);
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT, OPTIONS } = methodsNotServed({ PATCH, DELETE });
