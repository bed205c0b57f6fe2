// Every route under app/api, asked by every kind of caller (each workspace role, an evaluator
// assigned to the position and one not, another workspace, candidates, the operator, nobody) and
// with ids that are not the caller's: only the roles the permission table names get in, a refusal
// writes nothing, and nobody learns that another workspace's resource, or an interview of a
// position they are not assigned to, exists.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getInterview } from "@/app/api/interviews/[id]/route";
import * as interviews from "@/app/api/interviews/route";
import * as positions from "@/app/api/positions/route";
import { listPositionAssignees } from "@/lib/db/position-assignments";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { type Caller, type Expectations, orderRefusalsFirst } from "./_access-matrix/callers";
import { expectRefused as expectRefusedIn } from "./_access-matrix/expect-refused";
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
): Promise<void> {
  await expectRefusedIn({ world, request, status });
}

/** The caller a route lets in, who asks with the wrong ids. */
function allowedCaller(expectations: Expectations): Caller {
  return expectations.owner === "allowed" ? "owner" : "candidate";
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

// Before the callers' turns, whose allowed calls add interviews and positions to the lists.
describe("an evaluator's lists", () => {
  const listIds = async (caller: Caller) => {
    const token = tokenOf(caller);
    const found = await callRoute(interviews.GET, { token, path: "/api/interviews?limit=100" });
    const open = await callRoute(positions.GET, { token, path: "/api/positions" });
    expect([found.status, open.status]).toEqual([200, 200]);
    const rows = (found.body as { interviews: { id: string; positionId: string }[] }).interviews;
    return {
      interviews: rows.sort((a, b) => a.id.localeCompare(b.id)),
      positionIds: (open.body as { positions: { id: string }[] }).positions.map((p) => p.id),
    };
  };

  it("shows the assigned evaluator only the rows of their position", async () => {
    expect(
      await listPositionAssignees({ companyId: world.companyId, positionId: world.positionId }),
    ).toEqual([world.evaluatorAssignedId]);
    const owner = await listIds("owner");
    const evaluator = await listIds("evaluatorAssigned");
    expect(owner.interviews.map((row) => row.id)).toContain(world.otherPositionInterviewId);
    expect(owner.positionIds).toContain(world.otherPositionId);
    expect(evaluator.interviews).toEqual(
      owner.interviews.filter((row) => row.positionId === world.positionId),
    );
    expect(evaluator.interviews.map((row) => row.id)).toContain(world.interviewId);
    expect(evaluator.positionIds).toEqual([world.positionId]);
  });

  it("shows an evaluator assigned to no position empty lists, not a refusal", async () => {
    expect(await listIds("evaluatorUnassigned")).toEqual({ interviews: [], positionIds: [] });
  });

  it("answers the assigned evaluator 404 for an interview of another position", async () => {
    const params = { id: world.otherPositionInterviewId };
    await expectRefused(
      () => callRoute(getInterview, { token: tokenOf("evaluatorAssigned"), params }),
      404,
    );
    expect((await callRoute(getInterview, { token: tokenOf("owner"), params })).status).toBe(200);
  });
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
  it.each(orderRefusalsFirst(route.expectations))(
    "answers the %s as the access rules say",
    async (caller) => {
      const expected = route.expectations[caller];
      const call = () =>
        route.call({ token: tokenOf(caller), params: route.params?.(world) ?? {}, world });
      if (expected !== "allowed") return expectRefused(call, expected);
      const result = await call();
      expect([401, 403, 404]).not.toContain(result.status);
      expect(result.status).toBeLessThan(500);
    },
  );
});
