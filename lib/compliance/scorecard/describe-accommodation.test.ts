import { describe, expect, it } from "vitest";
import { describeAccommodation } from "./describe-accommodation";

const grant = { grantedAt: "2026-12-07T00:00:00.000Z", grantedByUserId: null };

describe("describeAccommodation", () => {
  it("names the time multiple and the other kinds, in the order granted", () => {
    expect(
      describeAccommodation({
        ...grant,
        kinds: ["more_time", "typed_only"],
        answerTimeMultiplier: 2,
        note: "",
      }),
    ).toBe("2× time per answer, typed answers only");
  });

  it("leaves out a 1× multiple and adds the recruiter's note", () => {
    expect(
      describeAccommodation({
        ...grant,
        kinds: ["break"],
        answerTimeMultiplier: 1,
        note: " After question 2. ",
      }),
    ).toBe("a break: After question 2.");
  });
});
