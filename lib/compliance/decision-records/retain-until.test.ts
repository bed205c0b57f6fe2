import { describe, expect, it } from "vitest";
import { addCalendarMonths, computeRetainUntil } from "./retain-until";

describe("addCalendarMonths", () => {
  it("adds calendar months in UTC and keeps the time of day", () => {
    expect(addCalendarMonths(new Date("2026-01-15T10:30:00Z"), 12).toISOString()).toBe(
      "2027-01-15T10:30:00.000Z",
    );
    expect(addCalendarMonths(new Date("2026-11-30T00:00:00Z"), 6).toISOString()).toBe(
      "2027-05-30T00:00:00.000Z",
    );
  });

  it("falls back to the last day of a shorter month, as Postgres does", () => {
    expect(addCalendarMonths(new Date("2026-08-31T12:00:00Z"), 6).toISOString()).toBe(
      "2027-02-28T12:00:00.000Z",
    );
    expect(addCalendarMonths(new Date("2027-08-31T12:00:00Z"), 6).toISOString()).toBe(
      "2028-02-29T12:00:00.000Z",
    );
  });
});

describe("computeRetainUntil", () => {
  const erasedAt = new Date("2026-12-07T09:00:00Z");

  it("counts from the decision when there is one", () => {
    const decidedAt = new Date("2026-03-10T08:00:00Z");
    expect(
      computeRetainUntil({ decidedAt, erasedAt, auditRetentionMonths: 12 }).toISOString(),
    ).toBe("2027-03-10T08:00:00.000Z");
  });

  it("counts from the erase for an interview never decided", () => {
    expect(
      computeRetainUntil({ decidedAt: null, erasedAt, auditRetentionMonths: 6 }).toISOString(),
    ).toBe("2027-06-07T09:00:00.000Z");
  });
});
