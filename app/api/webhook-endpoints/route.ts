import { requireMember } from "@/lib/auth/require-user";
import { listWebhookEndpoints } from "@/lib/db/webhook-endpoints";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { parseJson } from "@/lib/http/parse-json";
import { routeHandler } from "@/lib/http/route-handler";
import { toWebhookEndpointView } from "@/lib/webhooks/endpoint-view";
import { createWebhookEndpoint } from "@/lib/webhooks/manage-endpoints";
import { createWebhookEndpointSchema } from "./schema";

// GET /api/webhook-endpoints – the workspace's endpoints (never their secrets)
export const GET = routeHandler(async ({ req }) => {
  const member = await requireMember(req, "members:manage");
  const endpoints = await listWebhookEndpoints({ companyId: member.companyId });
  return Response.json({ endpoints: endpoints.map(toWebhookEndpointView) });
});

// POST /api/webhook-endpoints – an owner or admin adds an endpoint; its secret is shown only here
export const POST = routeHandler(async ({ req }) => {
  const member = await requireMember(req, "members:manage");
  const input = createWebhookEndpointSchema.parse(await parseJson(req));
  const { endpoint, secret } = await createWebhookEndpoint({
    ...input,
    companyId: member.companyId,
  });
  return Response.json({ ...toWebhookEndpointView(endpoint), secret }, { status: 201 });
});

export const { PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET, POST });
