import { expect } from "vitest";
import { GET as listPositions } from "@/app/api/positions/route";
import { callRoute } from "./call-route";
import { createTenant } from "./factories";

/** The 101st request in a minute from one token is refused with 429 and Retry-After; others pass. */
export async function assertHundredAndFirstRequestRefused() {
  const [tenant, other] = [await createTenant(), await createTenant()];
  const statuses: number[] = [];
  let last: Awaited<ReturnType<typeof callRoute>> | null = null;
  for (let i = 0; i < 101; i++) {
    last = await callRoute(listPositions, { path: "/api/positions", token: tenant.token });
    statuses.push(last.status);
  }
  expect(statuses.slice(0, 100).every((status) => status === 200)).toBe(true);
  expect(last?.status).toBe(429);
  expect(last?.body).toMatchObject({ error: { code: "rate_limited" } });
  const retryAfter = Number(last?.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(last?.headers.get("x-ratelimit-limit")).toBe("100");
  expect(last?.headers.get("x-ratelimit-remaining")).toBe("0");

  const fresh = await callRoute(listPositions, { path: "/api/positions", token: other.token });
  expect(fresh.status).toBe(200);
  expect(fresh.headers.get("x-ratelimit-remaining")).toBe("99");
}
