// Optional TOTP two-factor (better-auth's twoFactor plugin) through the app's auth route.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { type CallResult, callRoute } from "@/tests/support/call-route";
import { createTenant, testPassword } from "@/tests/support/factories";
import { totpFromUri } from "@/tests/support/totp";
import { GET as listPositions } from "../positions/route";
import { POST as authPost } from "./[...all]/route";

async function postAuth(path: string, json: unknown, cookie?: string) {
  const result: CallResult = await callRoute(authPost, {
    path: `/api/auth/${path}`,
    method: "POST",
    json,
    cookie,
    headers: { origin: "http://localhost:3000" },
  });
  const setCookie = result.headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .filter((pair) => pair && !pair.endsWith("="))
    .join("; ");
  return { ...result, setCookie };
}

describe("two-factor sign-in", () => {
  it("once enabled with a verified code, asks for a code at sign-in and only a right one opens a session", async () => {
    const tenant = await createTenant();
    const email = tenant.recruiter.email;
    const signedIn = await postAuth("sign-in/email", { email, password: testPassword });
    expect(signedIn.status).toBe(200);

    const enabled = await postAuth(
      "two-factor/enable",
      { password: testPassword },
      signedIn.setCookie,
    );
    expect(enabled.status).toBe(200);
    const { totpURI, backupCodes } = enabled.body as { totpURI: string; backupCodes: string[] };
    expect(totpURI).toMatch(/^otpauth:\/\/totp\//);
    expect(backupCodes.length).toBeGreaterThan(0);

    // Not on until a code from the authenticator proves the secret was saved.
    const db = await getDb();
    const before = await db.select().from(users).where(eq(users.id, tenant.recruiter.id));
    expect(before[0]?.twoFactorEnabled).toBe(false);
    const confirmed = await postAuth(
      "two-factor/verify-totp",
      { code: totpFromUri(totpURI) },
      signedIn.setCookie,
    );
    expect(confirmed.status).toBe(200);
    const after = await db.select().from(users).where(eq(users.id, tenant.recruiter.id));
    expect(after[0]?.twoFactorEnabled).toBe(true);

    const challenged = await postAuth("sign-in/email", { email, password: testPassword });
    expect(challenged.status).toBe(200);
    expect(challenged.body).toMatchObject({ twoFactorRedirect: true });
    expect(challenged.setCookie).not.toMatch(/session_token=/);

    const wrong = await postAuth(
      "two-factor/verify-totp",
      { code: "000000" },
      challenged.setCookie,
    );
    expect(wrong.status).toBe(401);
    const right = await postAuth(
      "two-factor/verify-totp",
      { code: totpFromUri(totpURI) },
      challenged.setCookie,
    );
    expect(right.status).toBe(200);
    expect(right.setCookie).toMatch(/session_token=/);
    const listed = await callRoute(listPositions, {
      path: "/api/positions",
      cookie: right.setCookie,
    });
    expect(listed.status).toBe(200);
  });
});
