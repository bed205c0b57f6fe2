import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { hashToken } from "@/lib/auth/tokens";
import { findUserByApiTokenCached } from "@/lib/cache/cached-reads";
import { callRoute } from "@/tests/support/call-route";
import { createTenant } from "@/tests/support/factories";
import { signInForCookie } from "@/tests/support/sign-in";
import { POST as createToken, GET as listTokens } from "./route";

// Defaults apply: API_TOKEN_TTL_DAYS 90, API-token users cached for 2 minutes.
const path = "/api/api-tokens";
const dayMs = 24 * 60 * 60 * 1000;

afterEach(() => vi.useRealTimers());

describe("API token expiry", () => {
  it("gives a token minted without an expiry the 90-day default, lists it, and refuses the token after it", async () => {
    const tenant = await createTenant();
    const cookie = await signInForCookie(tenant.recruiter.email);
    const created = await callRoute(createToken, {
      path,
      cookie,
      json: { name: "no expiry given" },
    });
    expect(created.status).toBe(201);
    const body = created.body as { id: string; token: string; expiresAt: string | null };
    expect(Math.abs(Date.parse(String(body.expiresAt)) - (Date.now() + 90 * dayMs))).toBeLessThan(
      60_000,
    );
    expect((await callRoute(listTokens, { path, token: body.token })).status).toBe(200);

    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 91 * dayMs });
    const late = await callRoute(listTokens, { path, token: body.token });
    expect(late.status).toBe(401);
    // Still listed to its owner, with the expiry that ended it.
    vi.useRealTimers();
    const listed = await callRoute(listTokens, { path, cookie });
    const tokens = (listed.body as { tokens: { id: string; expiresAt: string | null }[] }).tokens;
    expect(tokens.find((token) => token.id === body.id)?.expiresAt).toBe(body.expiresAt);
  });

  it("lets a role change reach a cached API-token user within minutes, not half an hour", async () => {
    const tenant = await createTenant();
    const tokenHash = hashToken(tenant.token);
    expect((await findUserByApiTokenCached(tokenHash))?.platformRole).toBe("member");
    // Changed behind the cache's back, as a direct database edit or another service would.
    const db = await getDb();
    await db.update(users).set({ role: "operator" }).where(eq(users.id, tenant.recruiter.id));
    expect((await findUserByApiTokenCached(tokenHash))?.platformRole).toBe("member");
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 3 * 60_000 });
    expect((await findUserByApiTokenCached(tokenHash))?.platformRole).toBe("operator");
  });
});
