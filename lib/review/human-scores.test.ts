import { describe, expect, it } from "vitest";
import { applyCompetencyOverrides, computeHumanOverallScore } from "./human-scores";

const scores = [
  { competency: "system-design", score: 60, questionCount: 2 },
  { competency: "communication", score: 80, questionCount: 1 },
  { competency: "ownership", score: 70, questionCount: 1 },
];

describe("computeHumanOverallScore", () => {
  it("takes the human score where there is one, weighted by the competency's questions", () => {
    const rows = [
      { competency: "system-design", score: 60, questionCount: 2, humanScore: 90 },
      { competency: "communication", score: 80, questionCount: 1 },
      { competency: "ownership", score: 70, questionCount: 1 },
    ];
    // (90·2 + 80 + 70) / 4 = 82.5
    expect(computeHumanOverallScore(rows)).toBe(83);
  });

  it("equals the answer-weighted AI mean when nobody overrode anything", () => {
    // (60·2 + 80 + 70) / 4 = 67.5, as the mean of the four answers would be.
    expect(computeHumanOverallScore(scores)).toBe(68);
  });

  it("counts a competency without questions once and returns 0 for no competencies", () => {
    expect(computeHumanOverallScore([{ competency: "a", score: 50, questionCount: 0 }])).toBe(50);
    expect(computeHumanOverallScore([])).toBe(0);
  });
});

describe("applyCompetencyOverrides", () => {
  it("puts the human score beside the AI's and gives a human overall", () => {
    const result = applyCompetencyOverrides({
      competencyScores: scores,
      overrides: [{ competency: "communication", score: 40 }],
    });
    expect(result.competencyScores[1]).toEqual({
      competency: "communication",
      score: 80,
      questionCount: 1,
      humanScore: 40,
    });
    expect(result.competencyScores[0]).not.toHaveProperty("humanScore");
    // (60·2 + 40 + 70) / 4 = 57.5
    expect(result.humanOverallScore).toBe(58);
  });

  it("gives no human overall when no override names a scored competency", () => {
    const result = applyCompetencyOverrides({
      competencyScores: scores,
      overrides: [{ competency: "unknown", score: 10 }],
    });
    expect(result).toEqual({ competencyScores: scores });
  });
});
