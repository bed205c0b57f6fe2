import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getAuth } from "@/lib/auth/better-auth";
import { createTenant, testPassword } from "@/tests/support/factories";
import { POST as authPost } from "./[...all]/route";

vi.hoisted(() => {
  // As the README's `npm run build && PORT=4000 npm start`: no APP_URL.
  delete process.env.APP_URL;
});

/**
 * A sign-in as `next start` hands it to the route: request.url names the hostname Next bound to
 * ("localhost"), while Host and Origin name what the browser actually used.
 */
function signInAt(options: { host: string; origin: string; email: string }) {
  return authPost(
    new Request("http://localhost:4000/api/auth/sign-in/email", {
      method: "POST",
      headers: {
        host: options.host,
        origin: options.origin,
        "content-type": "application/json",
      },
      body: JSON.stringify({ email: options.email, password: testPassword }),
    }),
  );
}

// Better Auth skips its origin check under NODE_ENV=test; switch it on as in production.
let restoreOriginCheck = () => {};
beforeAll(async () => {
  const context = await (await getAuth()).$context;
  const skipped = context.skipOriginCheck;
  context.skipOriginCheck = false;
  restoreOriginCheck = () => {
    context.skipOriginCheck = skipped;
  };
});
afterAll(() => restoreOriginCheck());

describe("sign-in without APP_URL", () => {
  it("works at http://127.0.0.1:4000, the host the browser used", async () => {
    const tenant = await createTenant();
    const origin = "http://127.0.0.1:4000";
    const response = await signInAt({
      host: "127.0.0.1:4000",
      origin,
      email: tenant.recruiter.email,
    });
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie().join()).toMatch(/session_token=/);
  });

  it("refuses an Origin that is not the host the request was sent to", async () => {
    const tenant = await createTenant();
    const response = await signInAt({
      host: "127.0.0.1:4000",
      origin: "http://evil.example",
      email: tenant.recruiter.email,
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: "INVALID_ORIGIN" });
  });

  it("ignores X-Forwarded-Host when no trusted proxy is configured", async () => {
    const tenant = await createTenant();
    const response = await authPost(
      new Request("http://localhost:4000/api/auth/sign-in/email", {
        method: "POST",
        headers: {
          host: "127.0.0.1:4000",
          "x-forwarded-host": "evil.example",
          origin: "http://evil.example",
          "content-type": "application/json",
        },
        body: JSON.stringify({ email: tenant.recruiter.email, password: testPassword }),
      }),
    );
    expect(response.status).toBe(403);
  });
});
