import { requireMember } from "@/lib/auth/require-user";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";
import { rotateWebhookSecret } from "@/lib/webhooks/manage-endpoints";

// POST /api/webhook-endpoints/{id}/rotate-secret – a new secret, shown only here; the old one
// keeps signing beside it for 24 hours
export const POST = routeHandler(async ({ req, params }) => {
  const member = await requireMember(req, "members:manage");
  const id = uuidParam(params, { name: "id", entity: "Webhook endpoint" });
  const { secret, previousSecretExpiresAt } = await rotateWebhookSecret({
    id,
    companyId: member.companyId,
  });
  return Response.json({ secret, previousSecretExpiresAt: previousSecretExpiresAt.toISOString() });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });
