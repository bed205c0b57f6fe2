import { assertResponseMatchesOpenApi } from "./openapi-response-check";
import { findRouteOperation, type RouteOperation } from "./route-registry";

// Calls a route handler the way Next does: a Request plus a promise of the path params. Each
// answer of a handler from an app/api route file is checked against the OpenAPI document.
type Handler = (
  req: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;

export type CallOptions = {
  method?: string;
  path?: string;
  params?: Record<string, string>;
  token?: string;
  cookie?: string;
  /** With a cookie, the Origin and Sec-Fetch-Site the app's own pages send; false sends neither. */
  sameOriginHeaders?: boolean;
  /** Serialised as JSON with Content-Type: application/json. */
  json?: unknown;
  /** Sent as-is; give headers yourself. */
  body?: string;
  headers?: Record<string, string>;
  /** The documented operation, for a handler that does not come from a route file. */
  operation?: RouteOperation;
};

export type CallResult = { status: number; headers: Headers; body: unknown };

export async function callRoute(handler: Handler, options: CallOptions = {}): Promise<CallResult> {
  const headers = new Headers(options.headers);
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  if (options.cookie) {
    headers.set("cookie", options.cookie);
    // What a browser adds on the app's own pages; cross-site tests pass their own headers.
    const isUnset = !headers.has("origin") && !headers.has("sec-fetch-site");
    if (isUnset && options.sameOriginHeaders !== false) {
      headers.set("origin", "http://localhost:3000");
      headers.set("sec-fetch-site", "same-origin");
    }
  }
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const req = new Request(`http://localhost:3000${options.path ?? "/api/test"}`, {
    method: options.method ?? (body === undefined ? "GET" : "POST"),
    headers,
    body,
  });
  const response = await handler(req, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  const operation = options.operation ?? findRouteOperation(handler);
  if (operation) {
    assertResponseMatchesOpenApi({
      operation,
      status: response.status,
      contentType: response.headers.get("content-type"),
      body: parsed,
      hasBody: text.length > 0,
    });
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/** The error envelope every non-2xx response must carry. */
export function errorCode(result: CallResult): string | undefined {
  const body = result.body as { error?: { code?: unknown; message?: unknown } } | null;
  if (typeof body?.error?.code !== "string" || typeof body.error.message !== "string") {
    return undefined;
  }
  return body.error.code;
}
