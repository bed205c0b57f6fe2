import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getAuth } from "@/lib/auth/better-auth";
import { createTenant, testPassword } from "@/tests/support/factories";
import { POST as authPost } from "./[...all]/route";

vi.hoisted(() => {
  process.env.APP_URL = "https://interviews.example.com";
});

function signInAt(options: { host: string; origin: string; email: string }) {
  return authPost(
    new Request(`https://interviews.example.com/api/auth/sign-in/email`, {
      method: "POST",
      headers: { host: options.host, origin: options.origin, "content-type": "application/json" },
      body: JSON.stringify({ email: options.email, password: testPassword }),
    }),
  );
}

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

describe("sign-in with APP_URL", () => {
  it("works from APP_URL's origin", async () => {
    const tenant = await createTenant();
    const response = await signInAt({
      host: "interviews.example.com",
      origin: "https://interviews.example.com",
      email: tenant.recruiter.email,
    });
    expect(response.status).toBe(200);
  });

  it("refuses any other origin, even the host the request was sent to", async () => {
    const tenant = await createTenant();
    const response = await signInAt({
      host: "127.0.0.1:4000",
      origin: "http://127.0.0.1:4000",
      email: tenant.recruiter.email,
    });
    expect(response.status).toBe(403);
  });
});
