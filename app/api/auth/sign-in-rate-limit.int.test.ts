import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getAuth } from "@/lib/auth/better-auth";
import { getConfiguredRedis } from "@/lib/cache/redis";
import { createTenant } from "@/tests/support/factories";
import { POST as authPost } from "./[...all]/route";

const services = await vi.hoisted(async () => {
  // One proxy in front, as a deployment that limits by address must have: it appends the address.
  process.env.TRUSTED_PROXY_HOPS = "1";
  const { startUpstashForApp } = await import("@/tests/support/upstash-env");
  return startUpstashForApp();
});

/** A wrong-password sign-in from `forwardedFor` (the server faces clients directly). */
const attempt = (email: string, forwardedFor: string) =>
  authPost(
    new Request("http://localhost:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: {
        origin: "http://localhost:3000",
        "x-forwarded-for": forwardedFor,
        "content-type": "application/json",
      },
      body: JSON.stringify({ email, password: "not-the-password" }),
    }),
  );

// Better Auth limits only in production by default; switch it on as there.
let restore = () => {};
beforeAll(async () => {
  const context = await (await getAuth()).$context;
  const enabled = context.rateLimit.enabled;
  context.rateLimit.enabled = true;
  restore = () => {
    context.rateLimit.enabled = enabled;
  };
});
afterAll(async () => {
  restore();
  await services?.stop();
});

describe.skipIf(!services)("the sign-in limit on the shared store", () => {
  it("refuses the 4th sign-in in 10 s from one address, whatever it claims further left", async () => {
    const { recruiter } = await createTenant();
    // A sliding window weighs the previous one by its overlap: keep all four inside one window.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Math.ceil(Date.now() / 10_000) * 10_000 + 1_000);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push((await attempt(recruiter.email, `10.0.0.${i}, 203.0.113.50`)).status);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      // Another client behind the same kind of chain has its own allowance.
      expect((await attempt(recruiter.email, "10.0.0.0, 203.0.113.51")).status).toBe(401);
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps the count in Upstash, where every instance sees it", async () => {
    const { recruiter } = await createTenant();
    await attempt(recruiter.email, "203.0.113.52");
    const keys = await getConfiguredRedis()?.keys("iv:ratelimit:auth*");
    expect(keys?.some((key) => key.includes("203.0.113.52"))).toBe(true);
  });

  it("refuses the 11th sign-in to one account in 10 minutes, whatever address each comes from", async () => {
    const { recruiter } = await createTenant();
    const other = await createTenant();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Math.ceil(Date.now() / 600_000) * 600_000 + 1_000);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        statuses.push((await attempt(recruiter.email, `198.51.100.${60 + i}`)).status);
      }
      expect(statuses).toEqual([...Array(10).fill(401), 429]);
      // Spelt another way, it is the same account.
      const respelt = ` ${recruiter.email.toUpperCase()}`;
      expect((await attempt(respelt, "198.51.100.90")).status).toBe(429);
      expect((await attempt(other.recruiter.email, "198.51.100.91")).status).toBe(401);
      // The store holds a digest of the address, never the address itself.
      const keys = (await getConfiguredRedis()?.keys("iv:ratelimit:auth-account*")) ?? [];
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.join(" ")).not.toContain(recruiter.email);
    } finally {
      vi.useRealTimers();
    }
  });
});
