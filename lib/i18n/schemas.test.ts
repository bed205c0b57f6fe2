import { describe, expect, it } from "vitest";
import { languageTagSchema } from "./schemas";

describe("languageTagSchema", () => {
  it.each([
    ["en", "en"],
    ["ko", "ko"],
    ["ko-kr", "ko-KR"],
    ["EN-us", "en-US"],
  ])("accepts %s as %s", (input, expected) => {
    expect(languageTagSchema.parse(input)).toBe(expected);
  });

  it.each(["fr", "not a tag!!", "x", "zh-Hans"])("refuses %s", (input) => {
    expect(languageTagSchema.safeParse(input).success).toBe(false);
  });
});
