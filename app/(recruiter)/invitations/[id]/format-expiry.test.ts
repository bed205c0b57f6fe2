import { describe, expect, it } from "vitest";
import { formatExpiry } from "./format-expiry";

describe("formatExpiry", () => {
  it("gives the date, the time and the time zone it is in", () => {
    const text = formatExpiry(new Date("2026-12-13T22:59:00Z"));
    expect(text).toMatch(/2026/);
    expect(text).toMatch(/\d{1,2}:\d{2}/);
    expect(text).toMatch(/(UTC|GMT|[A-Z]{2,5})([+-]\d+)?$/);
  });
});
