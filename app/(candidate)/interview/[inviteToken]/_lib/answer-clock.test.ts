import { describe, expect, it } from "vitest";
import { formatClock, getSecondsLeft } from "./answer-clock";

describe("getSecondsLeft", () => {
  it("counts whole seconds down from the opening, rounding up, and stops at zero", () => {
    const clock = { openedAtMs: 10_000, answerSeconds: 60 };
    expect(getSecondsLeft({ ...clock, nowMs: 10_000 })).toBe(60);
    expect(getSecondsLeft({ ...clock, nowMs: 10_001 })).toBe(60);
    expect(getSecondsLeft({ ...clock, nowMs: 40_000 })).toBe(30);
    expect(getSecondsLeft({ ...clock, nowMs: 69_999 })).toBe(1);
    expect(getSecondsLeft({ ...clock, nowMs: 70_000 })).toBe(0);
    expect(getSecondsLeft({ ...clock, nowMs: 500_000 })).toBe(0);
  });
});

describe("formatClock", () => {
  it("shows minutes and two-digit seconds", () => {
    expect(formatClock(180)).toBe("3:00");
    expect(formatClock(65)).toBe("1:05");
    expect(formatClock(9)).toBe("0:09");
  });
});
