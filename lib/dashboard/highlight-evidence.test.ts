import { describe, expect, it } from "vitest";
import { highlightEvidence } from "./highlight-evidence";

const marked = (parts: { text: string; isEvidence: boolean }[]) =>
  parts.map((part) => (part.isEvidence ? `[${part.text}]` : part.text)).join("");

describe("highlightEvidence", () => {
  it("marks each quote where it occurs and keeps the rest as plain text", () => {
    const parts = highlightEvidence({
      text: "I added a cache. Latency fell to 380 ms. Then I left.",
      quotes: ["Latency fell to 380 ms."],
    });
    expect(marked(parts)).toBe("I added a cache. [Latency fell to 380 ms.] Then I left.");
  });

  it("matches quotes whose whitespace was collapsed when they were stored", () => {
    const parts = highlightEvidence({ text: "First  I\nprofiled it.", quotes: ["I profiled"] });
    expect(marked(parts)).toBe("First [I profiled] it.");
  });

  it("merges overlapping quotes into one mark and marks repeats", () => {
    expect(marked(highlightEvidence({ text: "abcdef abc", quotes: ["abcd", "cdef", "abc"] }))).toBe(
      "[abcdef] [abc]",
    );
  });

  it("returns the text unmarked when no quote is in it, and ignores empty quotes", () => {
    expect(highlightEvidence({ text: "nothing here", quotes: ["", "absent"] })).toEqual([
      { text: "nothing here", isEvidence: false },
    ]);
  });
});
