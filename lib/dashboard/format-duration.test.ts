import { describe, expect, it } from "vitest";
import { formatDuration } from "./format-duration";

describe("formatDuration", () => {
  it("uses milliseconds, then seconds, then minutes", () => {
    expect(formatDuration(840)).toBe("840 ms");
    expect(formatDuration(3240)).toBe("3.2 s");
    expect(formatDuration(245_000)).toBe("4 min 5 s");
  });
});
