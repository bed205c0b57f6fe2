import { describe, expect, it } from "vitest";
import { computeScorecard, type ScorecardCompetency } from "./compute-scorecard";

const criterion = (key: string) => ({
  key,
  name: key,
  description: key,
  anchors: { "1": "low", "3": "mid", "5": "high" },
});
const competencies: ScorecardCompetency[] = [
  { competency: "a", questionCount: 3, rubricVersion: "rv-a", criteria: ["x", "y"].map(criterion) },
  { competency: "b", questionCount: 1, rubricVersion: "rv-b", criteria: ["z"].map(criterion) },
];
const entry = (competency: string, criterionKey: string, points: number) => ({
  competency,
  criterionKey,
  points,
  quote: "",
});

describe("computeScorecard", () => {
  it("weights competencies by question count, on the AI's points mapping (checked by hand)", () => {
    // a: 5 and 2 → 100 and 25 → 62.5 → 63; b: 1 → 0. Overall (63 × 3 + 0 × 1) / 4 = 47.25 → 47.
    const scorecard = computeScorecard({
      competencies,
      entries: [entry("a", "x", 5), entry("a", "y", 2), entry("b", "z", 1)],
    });
    expect(scorecard.competencies.map((row) => row.humanScore)).toEqual([63, 0]);
    expect(scorecard).toMatchObject({
      isComplete: true,
      humanOverallScore: 47,
      hireBand: "no_hire",
    });
  });

  it("gives a competency its score only when all its criteria have points, and the band only when all do", () => {
    const scorecard = computeScorecard({
      competencies,
      entries: [entry("a", "x", 5), entry("b", "z", 5)],
    });
    expect(scorecard.competencies.map((row) => row.humanScore)).toEqual([null, 100]);
    expect(scorecard).toMatchObject({
      scoredCriteria: 2,
      totalCriteria: 3,
      isComplete: false,
      humanOverallScore: null,
      hireBand: "incomplete",
    });
  });

  it("ignores entries of criteria the rubric no longer has, and calls an empty card incomplete", () => {
    expect(
      computeScorecard({ competencies, entries: [entry("a", "gone", 5)] }).scoredCriteria,
    ).toBe(0);
    expect(computeScorecard({ competencies: [], entries: [] }).hireBand).toBe("incomplete");
  });

  it("uses the AI's score bands on a complete card", () => {
    const all = (points: number) =>
      computeScorecard({
        competencies,
        entries: [entry("a", "x", points), entry("a", "y", points), entry("b", "z", points)],
      }).hireBand;
    expect([all(5), all(4), all(3)]).toEqual(["strong_hire", "hire", "no_hire"]);
  });
});
