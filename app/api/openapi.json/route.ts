import { requireUser } from "@/lib/auth/require-user";
import { methodsNotServed } from "@/lib/http/methods-not-served";
import { routeHandler } from "@/lib/http/route-handler";
import { getOpenApiDocument } from "../_openapi/build-document";

// GET /api/openapi.json – the API reference (OpenAPI 3.1) for recruiters and operators: the
// people who call the API with their tokens. Candidates and anonymous callers have no use for it.
export const GET = routeHandler(async ({ req }) => {
  await requireUser(req);
  return Response.json(getOpenApiDocument());
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ GET });
