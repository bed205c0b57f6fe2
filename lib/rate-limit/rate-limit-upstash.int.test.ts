import { afterAll, describe, it, vi } from "vitest";
import { assertHundredAndFirstRequestRefused } from "@/tests/support/rate-limit-scenario";

const services = await vi.hoisted(async () => {
  process.env.RATE_LIMIT_PER_MINUTE = "100";
  const { startUpstashForApp } = await import("@/tests/support/upstash-env");
  return startUpstashForApp();
});
afterAll(async () => {
  await services?.stop();
});

describe.skipIf(!services)(
  "the Upstash rate limit (@upstash/ratelimit through the REST fake)",
  () => {
    it("refuses the 101st request in a minute from one token with 429 and Retry-After", async () => {
      await assertHundredAndFirstRequestRefused();
    });
  },
);
