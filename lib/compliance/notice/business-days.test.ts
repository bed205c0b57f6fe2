import { describe, expect, it } from "vitest";
import { addBusinessDays, daysUntil } from "./business-days";

describe("addBusinessDays", () => {
  it("skips weekends: 10 business days from a Monday is the Monday two weeks on", () => {
    const monday = new Date("2026-12-07T09:00:00Z");
    expect(addBusinessDays(monday, 10).toISOString()).toBe("2026-12-21T09:00:00.000Z");
    expect(daysUntil(monday, addBusinessDays(monday, 10))).toBe(14);
  });

  it("from a Friday, one business day is the Monday; from a Saturday, the Monday too", () => {
    expect(addBusinessDays(new Date("2026-12-11T12:00:00Z"), 1).toISOString()).toBe(
      "2026-12-14T12:00:00.000Z",
    );
    expect(addBusinessDays(new Date("2026-12-12T12:00:00Z"), 1).toISOString()).toBe(
      "2026-12-14T12:00:00.000Z",
    );
  });

  it("zero days is now", () => {
    const now = new Date("2026-12-09T00:00:00Z");
    expect(addBusinessDays(now, 0)).toEqual(now);
  });
});
