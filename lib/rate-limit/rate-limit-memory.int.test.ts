import { describe, it, vi } from "vitest";
import {
  assertHundredAndFirstRequestRefused,
  assertIpLimitComesFirst,
  assertJunkTokensReachTheLimit,
  assertSpellingsShareOneBucket,
} from "@/tests/support/rate-limit-scenario";

vi.hoisted(() => {
  process.env.RATE_LIMIT_PER_MINUTE = "100";
  process.env.RATE_LIMIT_PER_IP_PER_MINUTE = "250";
  // Limits by address need a proxy in front: one, which appends the address it saw.
  process.env.TRUSTED_PROXY_HOPS = "1";
});

describe("the in-process rate limit", () => {
  it("refuses the 101st request in a minute from one token with 429 and Retry-After", async () => {
    await assertHundredAndFirstRequestRefused();
  });

  it("counts one token however its Authorization header is spelled, and its session with it", async () => {
    await assertSpellingsShareOneBucket();
  });

  it("refuses the 101st junk token from one caller, each new and spelled differently", async () => {
    await assertJunkTokensReachTheLimit();
  });

  it("refuses an address past its own limit before looking its token up", async () => {
    await assertIpLimitComesFirst();
  });
});
