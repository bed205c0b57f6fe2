import { describe, expect, it, vi } from "vitest";
import { GET as listPositions } from "@/app/api/positions/route";
import { callRoute } from "@/tests/support/call-route";
import { createTenant } from "@/tests/support/factories";
import { inOneWindow } from "@/tests/support/rate-limit-scenario";

// No proxy configured (TRUSTED_PROXY_HOPS unset): no client address can be trusted.
vi.hoisted(() => {
  process.env.RATE_LIMIT_PER_MINUTE = "100";
  process.env.RATE_LIMIT_PER_IP_PER_MINUTE = "3";
});

const asTenant = (token: string, forwardedFor: string) =>
  callRoute(listPositions, {
    path: "/api/positions",
    token,
    headers: { "x-forwarded-for": forwardedFor },
  });

describe("the rate limit with no proxy configured", () => {
  it("puts no two clients in one address bucket, whatever X-Forwarded-For they send", async () => {
    await inOneWindow(async () => {
      const tenants = [];
      for (let i = 0; i < 5; i++) tenants.push(await createTenant());
      const statuses: number[] = [];
      // Past the per-address limit of 3, all from one claimed address and then from none.
      for (const tenant of tenants)
        statuses.push((await asTenant(tenant.token, "203.0.113.7")).status);
      for (const tenant of tenants) statuses.push((await asTenant(tenant.token, "")).status);
      expect(statuses).toEqual(Array(10).fill(200));
    });
  });
});
