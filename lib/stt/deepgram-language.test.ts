import { describe, expect, it } from "vitest";
import { toDeepgramLanguage } from "./deepgram-language";

describe("toDeepgramLanguage", () => {
  it.each([
    ["en", "en-US"],
    ["en-US", "en-US"],
    ["en-GB", "en-GB"],
    ["en-CA", "en-US"],
    ["ko", "ko"],
    ["ko-KR", "ko"],
  ])("maps the position language %s to Deepgram's %s", (tag, code) => {
    expect(toDeepgramLanguage(tag)).toBe(code);
  });
});
