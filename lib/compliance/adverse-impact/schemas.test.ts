import { describe, expect, it } from "vitest";
import { adverseImpactQuerySchema, rangeInstants } from "./schemas";

describe("adverseImpactQuerySchema", () => {
  it("fills the year before `to`, and today for a missing `to`", () => {
    expect(adverseImpactQuerySchema.parse({ to: "2026-03-01" })).toEqual({
      from: "2025-03-01",
      to: "2026-03-01",
      threshold: 70,
      format: undefined,
    });
    const today = new Date().toISOString().slice(0, 10);
    expect(adverseImpactQuerySchema.parse({}).to).toBe(today);
  });

  it("takes a range of exactly three years and refuses a day more", () => {
    expect(
      adverseImpactQuerySchema.safeParse({ from: "2024-02-29", to: "2027-03-01" }).success,
    ).toBe(true);
    const tooLong = adverseImpactQuerySchema.safeParse({ from: "2024-02-29", to: "2027-03-02" });
    expect(tooLong.error?.issues[0]?.message).toBe("The range is longer than 3 years.");
  });

  it("refuses a day that does not exist and a range that runs backwards", () => {
    expect(adverseImpactQuerySchema.safeParse({ from: "2026-02-30" }).success).toBe(false);
    expect(
      adverseImpactQuerySchema.safeParse({ from: "2026-05-02", to: "2026-05-01" }).error?.issues[0]
        ?.message,
    ).toBe("from is after to.");
  });
});

describe("rangeInstants", () => {
  it("covers both days whole, up to the midnight after `to` (UTC)", () => {
    expect(rangeInstants({ from: "2026-11-01", to: "2026-11-30" })).toEqual({
      start: new Date("2026-11-01T00:00:00Z"),
      end: new Date("2026-12-01T00:00:00Z"),
    });
  });
});
