import { describe, expect, it } from "vitest";
import { formatKilobytes, summarizeScripts } from "./summarize-scripts";

const largest = { url: "/_next/static/chunks/a.js", gzipBytes: 120_000 };
const scripts = [
  largest,
  { url: "/_next/static/chunks/b.js", gzipBytes: 90_000 },
  { url: "/_next/static/chunks/c.js", gzipBytes: 40_001 },
];

describe("summarizeScripts", () => {
  it("fails a page one byte over the budget and passes one exactly at it", () => {
    expect(summarizeScripts({ scripts, budgetBytes: 250_000 }).isOverBudget).toBe(true);
    expect(summarizeScripts({ scripts, budgetBytes: 250_001 }).isOverBudget).toBe(false);
  });

  it("counts a script loaded twice once", () => {
    const summary = summarizeScripts({ scripts: [...scripts, largest], budgetBytes: 1 });
    expect(summary.totalBytes).toBe(250_001);
  });

  it("lists the largest scripts first, as many as asked", () => {
    const summary = summarizeScripts({
      scripts: [...scripts].reverse(),
      budgetBytes: 1,
      topCount: 2,
    });
    expect(summary.top.map((script) => script.url)).toEqual([
      "/_next/static/chunks/a.js",
      "/_next/static/chunks/b.js",
    ]);
  });

  it("prints kilobytes of 1000 bytes, as the budget is stated", () => {
    expect(formatKilobytes(250_000)).toBe("250.0 KB");
  });
});
