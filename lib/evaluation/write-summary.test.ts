import { describe, expect, it } from "vitest";
import { writeSummary } from "./write-summary";

const competencyScores = [
  { competency: "system-design", score: 82, questionCount: 2 },
  { competency: "customer-empathy", score: 61, questionCount: 1 },
];
const scoredBy = { provider: "offline" as const, model: "heuristic" };

describe("writeSummary", () => {
  it("names competencies by their label in the interview's language, not their key", () => {
    const korean = writeSummary({
      language: "ko-KR",
      overallScore: 74,
      competencyScores,
      scoredBy,
    });
    expect(korean).toContain("가장 강한 역량: 시스템 설계 (82).");
    expect(korean).toContain("보완할 역량: Customer empathy (61).");
    expect(korean).not.toContain("system-design");
    const english = writeSummary({ language: "en", overallScore: 74, competencyScores, scoredBy });
    expect(english).toContain("Strongest competency: System design (82).");
  });
});
