import { afterEach, describe, expect, it, vi } from "vitest";
import { createMemoryRateLimiter } from "./memory-rate-limiter";

afterEach(() => vi.useRealTimers());

describe("createMemoryRateLimiter", () => {
  it("slides: the previous window's use counts in proportion to its overlap", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-01-01T00:00:00.000Z"));
    const limiter = createMemoryRateLimiter({ limit: 10, windowMs: 60_000 });
    for (let i = 0; i < 10; i++) expect((await limiter.check("a")).isAllowed).toBe(true);
    expect((await limiter.check("a")).isAllowed).toBe(false);
    // A quarter into the next window, 75 % of the previous 10 (7, rounded down) still count.
    vi.setSystemTime(new Date("2026-01-01T00:01:15.000Z"));
    for (let i = 0; i < 3; i++) expect((await limiter.check("a")).isAllowed).toBe(true);
    const fourth = await limiter.check("a");
    expect(fourth).toMatchObject({ isAllowed: false, remaining: 0 });
    expect(fourth.resetAtMs).toBe(Date.parse("2026-01-01T00:02:00.000Z"));
    expect((await limiter.check("b")).isAllowed).toBe(true);
  });
});
