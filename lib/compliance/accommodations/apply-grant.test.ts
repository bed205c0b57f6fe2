import { describe, expect, it } from "vitest";
import { getEffectiveAnswerSeconds, getInterviewLimitMinutes, isTypedOnly } from "./apply-grant";

describe("a granted accommodation", () => {
  it("multiplies the time per answer (180 s at 2× is 6:00; 1.5× of 90 s is 135 s)", () => {
    expect(getEffectiveAnswerSeconds(180, { kinds: ["more_time"], answerTimeMultiplier: 2 })).toBe(
      360,
    );
    expect(getEffectiveAnswerSeconds(90, { kinds: [], answerTimeMultiplier: 1.5 })).toBe(135);
    expect(getEffectiveAnswerSeconds(180, null)).toBe(180);
  });

  it("scales the interview's time limit by the multiplier and adds 15 minutes for a break", () => {
    expect(getInterviewLimitMinutes(60, null)).toBe(60);
    expect(getInterviewLimitMinutes(60, { kinds: ["more_time"], answerTimeMultiplier: 2 })).toBe(
      120,
    );
    expect(getInterviewLimitMinutes(60, { kinds: ["break"], answerTimeMultiplier: 1 })).toBe(75);
  });

  it("offers typed answers only when that kind is granted", () => {
    expect(isTypedOnly({ kinds: ["typed_only"], answerTimeMultiplier: 1 })).toBe(true);
    expect(isTypedOnly({ kinds: ["more_time"], answerTimeMultiplier: 2 })).toBe(false);
    expect(isTypedOnly(null)).toBe(false);
  });
});
