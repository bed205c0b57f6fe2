import { describe, expect, it } from "vitest";
import { explanationAvailability } from "./explanation-availability";

describe("explanationAvailability", () => {
  it("after_decision: closed until a decision exists, whatever the status, and says so", () => {
    const closed = explanationAvailability({
      access: "after_decision",
      status: "evaluated",
      hasDecision: false,
    });
    expect(closed).toEqual({
      isAvailable: false,
      reason: "The explanation opens once the company has made its decision on this interview.",
    });
    expect(
      explanationAvailability({ access: "after_decision", status: "evaluated", hasDecision: true }),
    ).toEqual({ isAvailable: true });
  });

  it("after_completion: open once evaluated (or decided), closed while the interview is still being scored", () => {
    for (const status of ["invited", "in_progress", "completed", "evaluating"] as const) {
      expect(
        explanationAvailability({ access: "after_completion", status, hasDecision: false })
          .isAvailable,
      ).toBe(false);
    }
    expect(
      explanationAvailability({
        access: "after_completion",
        status: "evaluated",
        hasDecision: false,
      }),
    ).toEqual({ isAvailable: true });
  });
});
