import "server-only";
import { z } from "zod";
import { countApiResponse } from "@/lib/metrics/api-metrics";
import { enforceRateLimit } from "@/lib/rate-limit/enforce-rate-limit";
import { notFound } from "./api-error";
import { assertSameOriginWrite } from "./assert-same-origin-write";
import { toErrorResponse } from "./error-response";

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };
type HandlerArgs = { req: Request; params: Record<string, string | string[] | undefined> };

/**
 * Wraps a route handler: the cross-site write check and the rate limit first, then the handler,
 * and one place that turns thrown errors into the JSON error envelope.
 */
export function routeHandler(handler: (args: HandlerArgs) => Promise<Response>) {
  return async (req: Request, context: RouteContext): Promise<Response> => {
    const requestId = req.headers.get("x-request-id") ?? crypto.randomUUID();
    let response: Response;
    try {
      assertSameOriginWrite(req);
      const rateLimitHeaders = await enforceRateLimit(req);
      const params = (await context?.params) ?? {};
      response = await handler({ req, params });
      if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", "no-store");
      for (const [name, value] of Object.entries(rateLimitHeaders))
        response.headers.set(name, value);
    } catch (error) {
      response = toErrorResponse(error, requestId);
    }
    countApiResponse(response.status);
    return response;
  };
}

const uuidSchema = z.uuid();

/** Reads a uuid path parameter; a malformed id cannot name anything, so it is a 404. */
export function uuidParam(
  params: Record<string, string | string[] | undefined>,
  options: { name: string; entity: string },
): string {
  const parsed = uuidSchema.safeParse(params[options.name]);
  if (!parsed.success) throw notFound(options.entity);
  // Postgres prints uuids in lower case; comparing ids as strings must not depend on the caller's case.
  return parsed.data.toLowerCase();
}
