import { describe, expect, it } from "vitest";
import { sessions, users } from "@/db/schema";
import { getAuth } from "@/lib/auth/better-auth";
import { type CallResult, callRoute, errorCode } from "@/tests/support/call-route";
import { countRows } from "@/tests/support/count-rows";
import { createTenant, testPassword } from "@/tests/support/factories";
import { GET as listPositions } from "../positions/route";
import { POST as authPost } from "./[...all]/route";

const origin = "http://localhost:3000";

/** Posts to the better-auth handler as a browser on `origin` would, returning the cookie it sets. */
async function postAuth(
  path: string,
  options: { json?: unknown; cookie?: string; origin?: string } = {},
): Promise<CallResult & { cookie: string }> {
  const result = await callRoute(authPost, {
    path: `/api/auth/${path}`,
    method: "POST",
    json: options.json ?? {},
    cookie: options.cookie,
    headers: { origin: options.origin ?? origin },
  });
  const cookie = result.headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .filter((pair) => pair && !pair.endsWith("="))
    .join("; ");
  return { ...result, cookie };
}

const signIn = (email: string, password: string, from?: string) =>
  postAuth("sign-in/email", { json: { email, password }, origin: from });

describe("POST /api/auth/sign-in/email", () => {
  it("answers a wrong password with 401, sets no cookie and opens no session", async () => {
    const tenant = await createTenant();
    const before = await countRows(sessions);
    const result = await signIn(tenant.recruiter.email, "wrong-password-123");
    expect(result.status).toBe(401);
    expect(result.headers.getSetCookie()).toEqual([]);
    expect(await countRows(sessions)).toBe(before);
  });

  it("answers an unknown email like a wrong password", async () => {
    const result = await signIn("nobody-here@example.com", testPassword);
    expect(result.status).toBe(401);
    expect(result.headers.getSetCookie()).toEqual([]);
  });

  it("sets a session cookie that authenticates API routes as the signed-in recruiter", async () => {
    const tenant = await createTenant();
    const signedIn = await signIn(tenant.recruiter.email, testPassword);
    expect(signedIn.status).toBe(200);
    expect(signedIn.cookie).toMatch(/session_token=/);

    const listed = await callRoute(listPositions, {
      path: "/api/positions",
      cookie: signedIn.cookie,
    });
    expect(listed.status).toBe(200);
    expect((listed.body as { positions: { id: string }[] }).positions.map((p) => p.id)).toEqual([
      tenant.position.id,
    ]);
  });

  it("refuses a cross-origin sign-in when Better Auth checks origins, as outside NODE_ENV=test", async () => {
    // Better Auth skips its origin check whenever NODE_ENV is "test" (skipOriginCheck defaults to
    // isTest()), so switch it back on for this one request to exercise the production behaviour.
    const tenant = await createTenant();
    const context = await (await getAuth()).$context;
    const skipped = context.skipOriginCheck;
    context.skipOriginCheck = false;
    try {
      const before = await countRows(sessions);
      const evil = await signIn(tenant.recruiter.email, testPassword, "https://evil.example");
      expect(evil.status).toBe(403);
      expect(evil.body).toMatchObject({ code: "INVALID_ORIGIN" });
      expect(evil.headers.getSetCookie()).toEqual([]);
      expect(await countRows(sessions)).toBe(before);

      const same = await signIn(tenant.recruiter.email, testPassword);
      expect(same.status).toBe(200);
    } finally {
      context.skipOriginCheck = skipped;
    }
  });
});

describe("POST /api/auth/sign-out", () => {
  it("revokes the session so the same cookie is then refused with 401", async () => {
    const tenant = await createTenant();
    const { cookie } = await signIn(tenant.recruiter.email, testPassword);
    const other = await signIn(tenant.recruiter.email, testPassword);

    const signedOut = await postAuth("sign-out", { cookie });
    expect(signedOut.status).toBe(200);

    const after = await callRoute(listPositions, { path: "/api/positions", cookie });
    expect(after.status).toBe(401);
    expect(errorCode(after)).toBe("unauthorized");
    // Only that session ends: the user's other sign-in still works.
    const stillIn = await callRoute(listPositions, {
      path: "/api/positions",
      cookie: other.cookie,
    });
    expect(stillIn.status).toBe(200);
  });
});

describe("POST /api/auth/sign-up/email", () => {
  it("is refused in invite-only mode (the default): people join by invitation; no user is created", async () => {
    const before = await countRows(users);
    const result = await postAuth("sign-up/email", {
      json: { email: "walk-in@example.com", password: "long-enough-password", name: "Walk In" },
    });
    expect(result.status).toBe(403);
    expect(JSON.stringify(result.body)).toContain("invitation");
    expect(result.headers.getSetCookie()).toEqual([]);
    expect(await countRows(users)).toBe(before);
  });
});

describe("bearer tokens", () => {
  it.each([
    ["a non-Bearer scheme", "Token abc"],
    ["Bearer without a token", "Bearer"],
    ["Bearer with two words", "Bearer ivk_a ivk_b"],
    ["an unknown ivk_ token", `Bearer ivk_${"A".repeat(43)}`],
    ["an unknown inv_ token", `Bearer inv_${"A".repeat(43)}`],
    ["a token with an unknown prefix", "Bearer xyz_abcdef"],
  ])("answers %s with 401 and the JSON error envelope", async (_label, authorization) => {
    const result = await callRoute(listPositions, {
      path: "/api/positions",
      headers: { authorization },
    });
    expect(result.status).toBe(401);
    expect(errorCode(result)).toBe("unauthorized");
  });

  it("does not fall back to a valid session cookie when the Authorization header is bad", async () => {
    const tenant = await createTenant();
    const { cookie } = await signIn(tenant.recruiter.email, testPassword);
    const result = await callRoute(listPositions, {
      path: "/api/positions",
      cookie,
      headers: { authorization: "Bearer ivk_forged" },
    });
    expect(result.status).toBe(401);
    expect(errorCode(result)).toBe("unauthorized");
  });
});
