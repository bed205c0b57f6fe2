import { describe, expect, it, vi } from "vitest";
import { callRoute, errorCode } from "@/tests/support/call-route";

// One proxy in front, so the client address is known and each gets its own bucket; set before the
// env module loads.
vi.hoisted(() => {
  process.env.TRUSTED_PROXY_HOPS = "1";
});

const { POST: postSetup } = await import("./route");

const attempt = (ip: string) =>
  callRoute(postSetup, {
    path: "/api/setup",
    headers: { "x-forwarded-for": ip },
    json: {
      code: "AAAA-BBBB-CCCC-DDDD",
      name: "Mallory",
      email: "mallory@example.com",
      password: "guessing-codes",
      workspaceName: "Taken",
    },
  });

describe("POST /api/setup attempts", () => {
  it("allows 5 wrong codes a minute per client, then 429 with Retry-After, other clients unaffected", async () => {
    for (let index = 0; index < 5; index++) {
      expect((await attempt("203.0.113.7")).status).toBe(403);
    }
    const limited = await attempt("203.0.113.7");
    expect(limited.status).toBe(429);
    expect(errorCode(limited)).toBe("rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await attempt("198.51.100.2")).status).toBe(403);
  });
});
