import { describe, expect, it } from "vitest";
import { formatAuditValue } from "./format-audit";

describe("formatAuditValue", () => {
  it("says whose score it was", () => {
    expect(formatAuditValue({ score: 70, source: "ai" })).toBe("70 (AI)");
    expect(formatAuditValue({ score: 85, source: "human" })).toBe("85 (human)");
  });

  it("names decisions and bank statuses, and says none for nothing", () => {
    expect(formatAuditValue({ decision: "advance", note: "" })).toBe("Advance");
    expect(formatAuditValue({ status: "pending" })).toBe("pending");
    expect(formatAuditValue(null)).toBe("none");
  });
});
