import { describe, expect, it } from "vitest";
import { latestDigestTime } from "./digest-time";

describe("latestDigestTime", () => {
  it("is today's 08:00 UTC from 08:00 on, and yesterday's before it", () => {
    expect(latestDigestTime(new Date("2026-12-07T08:00:00Z"))).toEqual(
      new Date("2026-12-07T08:00:00Z"),
    );
    expect(latestDigestTime(new Date("2026-12-07T23:59:59Z"))).toEqual(
      new Date("2026-12-07T08:00:00Z"),
    );
    expect(latestDigestTime(new Date("2026-12-07T07:59:59Z"))).toEqual(
      new Date("2026-12-06T08:00:00Z"),
    );
  });

  it("crosses a month and a year boundary", () => {
    expect(latestDigestTime(new Date("2027-01-01T03:00:00Z"))).toEqual(
      new Date("2026-12-31T08:00:00Z"),
    );
  });
});
