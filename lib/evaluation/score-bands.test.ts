import { describe, expect, it } from "vitest";
import { recommend, summariseScores } from "./score-bands";

describe("recommend", () => {
  it("gives a hire band only to a model's scores with nothing flagged", () => {
    expect(recommend({ overallScore: 90, provider: "openai", hasFlaggedAnswers: false })).toBe(
      "strong_hire",
    );
    expect(recommend({ overallScore: 60, provider: "openai", hasFlaggedAnswers: false })).toBe(
      "lean_hire",
    );
    expect(recommend({ overallScore: 90, provider: "offline", hasFlaggedAnswers: false })).toBe(
      "needs_review",
    );
    expect(recommend({ overallScore: 90, provider: "openai", hasFlaggedAnswers: true })).toBe(
      "needs_review",
    );
  });
});

describe("summariseScores", () => {
  it("averages answers per competency and overall", () => {
    expect(
      summariseScores([
        { competency: "a", score: 80 },
        { competency: "a", score: 61 },
        { competency: "b", score: 30 },
      ]),
    ).toEqual({
      overallScore: 57,
      competencyScores: [
        { competency: "a", score: 71, questionCount: 2 },
        { competency: "b", score: 30, questionCount: 1 },
      ],
    });
  });
});
