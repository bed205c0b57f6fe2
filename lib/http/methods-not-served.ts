import "server-only";
import { countApiResponse } from "@/lib/metrics/api-metrics";
import { errorJson } from "./error-response";

export const routeMethods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type RouteMethod = (typeof routeMethods)[number];
type Handler = (request: Request) => Promise<Response>;
type NotServed<Served> = Record<Exclude<RouteMethod, keyof Served>, Handler> & {
  OPTIONS: Handler;
};

const notServedHandlers = new WeakSet<object>();

/** True for a handler methodsNotServed made: the route does not serve that method. */
export function isMethodNotServed(handler: unknown): boolean {
  return notServedHandlers.has(handler as object);
}

/**
 * The handlers a route file exports, on its last line, for every method it does not serve:
 * `export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodsNotServed({ POST });`
 * Next's own answer to an unexported method is a bare 405 without a body or an Allow header; these
 * answer 405 with `Allow` and the JSON error envelope (HEAD goes to GET, as Next does it, so a route
 * without GET answers HEAD with the same 405, bodiless). OPTIONS answers 204 with `Allow`, as Next's
 * automatic one would, had the stubs not made every method look served.
 */
export function methodsNotServed<const Served extends Partial<Record<RouteMethod, unknown>>>(
  served: Served,
): NotServed<Served> {
  const servedMethods = routeMethods.filter((method) => method in served);
  const allow = [...servedMethods, "OPTIONS", ...(servedMethods.includes("GET") ? ["HEAD"] : [])]
    .sort()
    .join(", ");
  const refuse: Handler = async (request) => {
    countApiResponse(405);
    return errorJson({
      code: "method_not_allowed",
      message: `This route does not serve ${request.method}; it allows ${allow}.`,
      status: 405,
      headers: { Allow: allow },
    });
  };
  const options: Handler = async () =>
    new Response(null, { status: 204, headers: { Allow: allow } });
  const handlers: Record<string, Handler> = { OPTIONS: options };
  for (const method of routeMethods) {
    if (!servedMethods.includes(method)) handlers[method] = refuse;
  }
  for (const handler of Object.values(handlers)) notServedHandlers.add(handler);
  return handlers as NotServed<Served>;
}
