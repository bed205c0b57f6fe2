import { describe, it, vi } from "vitest";
import { assertHundredAndFirstRequestRefused } from "@/tests/support/rate-limit-scenario";

vi.hoisted(() => {
  process.env.RATE_LIMIT_PER_MINUTE = "100";
});

describe("the in-process rate limit", () => {
  it("refuses the 101st request in a minute from one token with 429 and Retry-After", async () => {
    await assertHundredAndFirstRequestRefused();
  });
});
