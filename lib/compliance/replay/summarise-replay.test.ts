import { describe, expect, it } from "vitest";
import {
  type InterviewScores,
  summariseBands,
  summariseShifts,
  toScoreBand,
} from "./summarise-replay";

const scores = (overallScore: number, byCompetency: Record<string, number>) => ({
  overallScore,
  competencyScores: Object.entries(byCompetency).map(([competency, score]) => ({
    competency,
    score,
    questionCount: 1,
  })),
});

const sample: InterviewScores[] = [
  {
    interviewId: "a",
    old: scores(72, { design: 70, ownership: 74 }),
    new: scores(66, { design: 60, ownership: 72 }),
  },
  {
    interviewId: "b",
    old: scores(50, { design: 50 }),
    new: scores(58, { design: 58, ownership: 90 }),
  },
  {
    interviewId: "c",
    old: scores(90, { design: 80, ownership: 100 }),
    new: scores(85, { design: 70, ownership: 100 }),
  },
];

describe("summariseShifts", () => {
  it("gives each competency's mean shift and its largest, with the interviews that have it", () => {
    // design: −10, +8, −10 → mean −4, largest −10 on a and c; ownership: −2, 0 (b had none before).
    expect(summariseShifts(sample)).toEqual([
      {
        competency: "design",
        interviewCount: 3,
        meanShift: -4,
        largestShift: -10,
        largestShiftInterviewIds: ["a", "c"],
      },
      {
        competency: "ownership",
        interviewCount: 2,
        meanShift: -1,
        largestShift: -2,
        largestShiftInterviewIds: ["a"],
      },
    ]);
  });

  it("names no interview when nothing moved", () => {
    const still = [
      { interviewId: "a", old: scores(70, { design: 70 }), new: scores(70, { design: 70 }) },
    ];
    expect(summariseShifts(still)[0]).toMatchObject({
      meanShift: 0,
      largestShift: 0,
      largestShiftInterviewIds: [],
    });
  });
});

describe("summariseBands", () => {
  it("counts the interviews whose overall crosses a band floor (85, 70, 55)", () => {
    // a: 72 → 66 (70–84 → 55–69); b: 50 → 58 (under 55 → 55–69); c: 90 → 85 stays 85+.
    const { rows, changed } = summariseBands(sample);
    expect(changed).toEqual(["a", "b"]);
    expect(rows[2]).toEqual({
      interviewId: "c",
      oldOverall: 90,
      newOverall: 85,
      oldBand: "85+",
      newBand: "85+",
    });
  });

  it("puts each floor in the band above it", () => {
    expect([84, 85, 69, 70, 54, 55].map(toScoreBand)).toEqual([
      "70–84",
      "85+",
      "55–69",
      "70–84",
      "under 55",
      "55–69",
    ]);
  });
});
