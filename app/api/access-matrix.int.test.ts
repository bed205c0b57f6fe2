// Every route under app/api, asked by every kind of caller and with ids that are not the caller's:
// only the right ones get in, a refusal writes nothing, and nobody learns that another company's
// resource exists.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { errorCode } from "@/tests/support/call-route";
import {
  type Caller,
  callers,
  type Expectations,
  errorCodeByStatus,
} from "./_access-matrix/callers";
import { fingerprintDatabase } from "./_access-matrix/database-fingerprint";
import { listApiRoutes, loadApiRouteModules } from "./_access-matrix/list-api-routes";
import { publicRoutes, type RouteCase, routeCases } from "./_access-matrix/route-cases";
import { createWorld, type World } from "./_access-matrix/world";

// Speech-to-text and media rooms configured, so an allowed caller gets a token, not a 503.
const deepgram = await vi.hoisted(async () => {
  const { startDeepgramForApp } = await import("@/tests/support/deepgram-env");
  process.env.LIVEKIT_URL = "wss://livekit.invalid";
  process.env.LIVEKIT_API_KEY = "matrix-key";
  process.env.LIVEKIT_API_SECRET = "matrix-secret-0123456789abcdef";
  return startDeepgramForApp();
});

let world: World;
beforeAll(async () => {
  world = await createWorld();
  return () => deepgram.close();
});

/** The request is refused with `status` and the error envelope, and changes no row. */
async function expectRefused(
  request: () => ReturnType<RouteCase["call"]>,
  status: 401 | 403 | 404,
) {
  const before = await fingerprintDatabase();
  const result = await request();
  expect(result.status).toBe(status);
  expect(errorCode(result)).toBe(errorCodeByStatus[status]);
  expect(Object.keys(result.body as object)).toEqual(["error"]);
  const text = JSON.stringify(result.body);
  expect(text).not.toContain(world.companyId);
  expect(text).not.toContain(world.companyName);
  expect(await fingerprintDatabase()).toEqual(before);
}

/** The caller a route lets in, who asks with the wrong ids. */
function allowedCaller(expectations: Expectations): Caller {
  return expectations.recruiter === "allowed" ? "recruiter" : "candidate";
}

function tokenOf(caller: Caller) {
  return caller === "anonymous" ? undefined : world.tokens[caller];
}

it("covers every route under app/api", async () => {
  const covered = [...routeCases.map((route) => route.name), ...Object.keys(publicRoutes)];
  expect(await listApiRoutes()).toEqual(covered.sort());
});

// Next answers a method a route file does not export with a bare 405; every route exports
// methodsNotServed's handlers instead. Called directly, not through callRoute: the OpenAPI
// document lists the operations a route serves, not its refusals.
it("answers every method a route does not serve with 405, Allow and the JSON error", async () => {
  const problems: string[] = [];
  const context = { params: Promise.resolve({}) };
  for (const route of await loadApiRouteModules()) {
    const allow = [...route.served, "OPTIONS", ...(route.served.includes("GET") ? ["HEAD"] : [])]
      .sort()
      .join(", ");
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
      if (route.served.includes(method)) continue;
      const handler = route.handlers[method];
      const name = `${method} ${route.urlPath}`;
      if (typeof handler !== "function") {
        problems.push(`${name}: not exported`);
        continue;
      }
      const request = new Request(`http://localhost:3000${route.urlPath}`, { method });
      const response = (await handler(request, context)) as Response;
      const text = await response.text();
      const body: unknown = text ? JSON.parse(text) : null;
      const result = { status: response.status, headers: response.headers, body };
      const isRight =
        method === "OPTIONS"
          ? response.status === 204 && !text
          : response.status === 405 && errorCode(result) === "method_not_allowed";
      if (!isRight || response.headers.get("allow") !== allow) {
        problems.push(`${name}: ${response.status} Allow=${response.headers.get("allow")} ${text}`);
      }
    }
  }
  // The fix for each line: the route file's last line, `export const { …the methods it does not
  // serve…, OPTIONS } = methodsNotServed({ …its own handlers… });`.
  expect(problems).toEqual([]);
});

// Before the callers' turns: the allowed ones move the interview along (a started interview's
// questions are locked, 409), which would answer before the id is looked up.
describe.each(routeCases.filter((route) => route.params))("$name with wrong ids", (route) => {
  it("answers 404 to an unknown or a malformed id in the path", async () => {
    const params = route.params?.(world) ?? {};
    const token = tokenOf(allowedCaller(route.expectations));
    for (const key of Object.keys(params)) {
      for (const wrong of [crypto.randomUUID(), "not-a-uuid"]) {
        await expectRefused(
          () => route.call({ token, params: { ...params, [key]: wrong }, world }),
          404,
        );
      }
    }
  });
});

describe.each(routeCases.filter((route) => route.foreignParams))("$name", (route) => {
  it("answers 404 to an id of another interview of the same company", async () => {
    const params = route.foreignParams?.(world) ?? {};
    const token = tokenOf(allowedCaller(route.expectations));
    await expectRefused(() => route.call({ token, params, world }), 404);
  });
});

describe.each(routeCases)("$name", (route) => {
  it.each(callers)("answers the %s as the access rules say", async (caller) => {
    const expected = route.expectations[caller];
    const call = () =>
      route.call({ token: tokenOf(caller), params: route.params?.(world) ?? {}, world });
    if (expected !== "allowed") return expectRefused(call, expected);
    const result = await call();
    expect([401, 403, 404]).not.toContain(result.status);
    expect(result.status).toBeLessThan(500);
  });
});
