import { describe, expect, it } from "vitest";
import { formatAnswerDuration } from "./format-answer-duration";

describe("formatAnswerDuration", () => {
  it.each([
    [125_000, "2:05"],
    [59_600, "1:00"],
    [4_400, "0:04"],
    [0, "0:00"],
    [300_000, "5:00"],
  ])("shows %i ms as %s", (durationMs, expected) => {
    expect(formatAnswerDuration(durationMs)).toBe(expected);
  });
});
