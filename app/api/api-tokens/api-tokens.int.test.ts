import { describe, expect, it, vi } from "vitest";
import { apiTokens } from "@/db/schema";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { countRows } from "@/tests/support/count-rows";
import { createTenant, testPassword } from "@/tests/support/factories";
import { POST as authPost } from "../auth/[...all]/route";
import { GET as listPositions } from "../positions/route";
import { DELETE as revokeToken } from "./[id]/route";
import { POST as createToken, GET as listTokens } from "./route";

const path = "/api/api-tokens";

/** Signs in through the better-auth handler and returns the session cookie to send back. */
async function signIn(email: string): Promise<string> {
  const result = await callRoute(authPost, {
    path: "/api/auth/sign-in/email",
    json: { email, password: testPassword },
    headers: { origin: "http://localhost:3000" },
  });
  expect(result.status).toBe(200);
  const cookie = result.headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .join("; ");
  expect(cookie).toMatch(/session_token=/);
  return cookie;
}

async function mint(cookie: string, json: unknown = { name: "CI" }) {
  const result = await callRoute(createToken, { path, cookie, json });
  expect(result.status).toBe(201);
  return result.body as {
    id: string;
    token: string;
    tokenPrefix: string;
    expiresAt: string | null;
  };
}

const positionsStatus = async (token: string) =>
  (await callRoute(listPositions, { path: "/api/positions", token })).status;

describe("POST /api/api-tokens", () => {
  it("mints a token from a signed-in session that then works as a bearer token", async () => {
    const tenant = await createTenant();
    const cookie = await signIn(tenant.recruiter.email);
    const result = await callRoute(createToken, { path, cookie, json: { name: " CI deploys " } });
    expect(result.status).toBe(201);
    const body = result.body as Record<string, unknown>;
    expect(body.token).toMatch(/^ivk_[\w-]{43}$/);
    // No expiry asked for: the default API_TOKEN_TTL_DAYS (tested in api-token-expiry.int.test.ts).
    expect(body).toMatchObject({ name: "CI deploys", expiresAt: expect.any(String) });
    expect(body.tokenPrefix).toBe(String(body.token).slice(0, 10));
    expect(body).not.toHaveProperty("tokenHash");

    const listed = await callRoute(listPositions, {
      path: "/api/positions",
      token: String(body.token),
    });
    expect(listed.status).toBe(200);
    expect((listed.body as { positions: { id: string }[] }).positions.map((p) => p.id)).toEqual([
      tenant.position.id,
    ]);
  });

  it("sets an expiry when asked for one", async () => {
    const tenant = await createTenant();
    const created = await mint(await signIn(tenant.recruiter.email), {
      name: "short",
      expiresInDays: 2,
    });
    const expiresAt = Date.parse(String(created.expiresAt));
    const twoDays = 2 * 24 * 60 * 60 * 1000;
    expect(Math.abs(expiresAt - (Date.now() + twoDays))).toBeLessThan(60_000);
  });

  it.each([
    ["a missing name", 422, { json: {} }],
    ["a zero-day expiry", 422, { json: { name: "x", expiresInDays: 0 } }],
    ["a fractional expiry", 422, { json: { name: "x", expiresInDays: 1.5 } }],
    ["an unknown key", 422, { json: { name: "x", userId: "someone-else" } }],
    ["malformed JSON", 400, { body: "{", headers: { "content-type": "application/json" } }],
  ])("answers %s with a JSON %i and writes nothing", async (_label, status, request) => {
    const tenant = await createTenant();
    const cookie = await signIn(tenant.recruiter.email);
    const before = await countRows(apiTokens);
    const result = await callRoute(createToken, { path, method: "POST", cookie, ...request });
    expect(result.status).toBe(status);
    expect(errorCode(result)).toBeDefined();
    expect(await countRows(apiTokens)).toBe(before);
  });
});

describe("GET /api/api-tokens", () => {
  it("lists the caller's tokens by prefix, never the token text or its hash", async () => {
    const [tenant, other] = [await createTenant(), await createTenant()];
    const created = await mint(await signIn(tenant.recruiter.email));
    const result = await callRoute(listTokens, { path, token: created.token });
    expect(result.status).toBe(200);
    const tokens = (result.body as { tokens: Record<string, unknown>[] }).tokens;
    expect(tokens.map((t) => t.tokenPrefix).sort()).toEqual(
      [created.tokenPrefix, tenant.token.slice(0, 10)].sort(),
    );
    expect(tokens.find((t) => t.id === created.id)).toMatchObject({ name: "CI", revokedAt: null });
    const text = JSON.stringify(result.body);
    expect(text).not.toContain(created.token);
    expect(text).not.toContain(tenant.token);
    expect(text).not.toContain(other.token.slice(0, 10));
    expect(text).not.toMatch(/hash/i);
    expect(text).not.toMatch(/[0-9a-f]{64}/);
  });
});

describe("DELETE /api/api-tokens/{id}", () => {
  it("revokes the caller's token, which then gets 401, and a second revoke is 404", async () => {
    const tenant = await createTenant();
    const cookie = await signIn(tenant.recruiter.email);
    const created = await mint(cookie);
    expect(await positionsStatus(created.token)).toBe(200);

    const params = { id: created.id };
    const revoked = await callRoute(revokeToken, { method: "DELETE", cookie, params });
    expect(revoked.status).toBe(204);
    expect(revoked.body).toBeNull();
    expect(await positionsStatus(created.token)).toBe(401);
    // The recruiter's other token is untouched.
    expect(await positionsStatus(tenant.token)).toBe(200);

    const listed = await callRoute(listTokens, { path, cookie });
    const row = (listed.body as { tokens: { id: string; revokedAt: string | null }[] }).tokens.find(
      (t) => t.id === created.id,
    );
    expect(row?.revokedAt).toBeTruthy();
    const again = await callRoute(revokeToken, { method: "DELETE", cookie, params });
    expect(again.status).toBe(404);
  });
});

describe("expired API tokens", () => {
  it("answers a token past its expiry with 401", async () => {
    const tenant = await createTenant();
    const created = await mint(await signIn(tenant.recruiter.email), {
      name: "soon",
      expiresInDays: 1,
    });
    // Used once first, so the token's owner is cached: expiry must hold on the cached path too.
    expect(await positionsStatus(created.token)).toBe(200);
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + 2 * 24 * 60 * 60 * 1000);
      const result = await callRoute(listPositions, {
        path: "/api/positions",
        token: created.token,
      });
      expect(result.status).toBe(401);
      expect(errorCode(result)).toBe("unauthorized");
    } finally {
      vi.useRealTimers();
    }
  });
});
