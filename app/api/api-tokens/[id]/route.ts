import { requireUser } from "@/lib/auth/require-user";
import { revokeApiToken } from "@/lib/db/api-tokens";
import { notFound } from "@/lib/http/api-error";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler, uuidParam } from "@/lib/http/route-handler";

// DELETE /api/api-tokens/{id} – revoke one of the caller's tokens
export const DELETE = routeHandler(async ({ req, params }) => {
  const user = await requireUser(req);
  const id = uuidParam(params, { name: "id", entity: "API token" });
  if (!(await revokeApiToken({ userId: user.userId, id }))) throw notFound("API token");
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH, OPTIONS } = methodsNotServed({ DELETE });
