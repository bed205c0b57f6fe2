import { describe, expect, it } from "vitest";
import type { HiringDecision, RubricVersion, ScoreOverride } from "@/db/schema";
import { explainOutcome, explainScoredAnswers, listHumanChanges } from "./build-explanation";

const criteria = [
  { key: "depth", name: "Depth", description: "D", anchors: { "1": "a", "3": "b", "5": "c" } },
];
const version: RubricVersion = {
  id: "rv-1",
  competency: "ownership",
  language: "en",
  criteria,
  scorerVersion: "1",
  provider: "openai",
  model: "m",
  createdAt: new Date(0),
};
const answer = (order: number, overrides: Partial<{ key: string; criterionKey: string }> = {}) => ({
  question: { id: `q${order}`, order, competency: "ownership" },
  evaluation: {
    score: 75,
    rubricVersion: "rv-1",
    rubricScores: [
      { key: overrides.key ?? "depth", criterion: "Depth", points: 4, score: 75, rationale: "r" },
    ],
    evidence: [
      {
        quote: `q${order} words`,
        segmentId: null,
        supports: "s",
        criterionKey: overrides.criterionKey ?? "depth",
      },
      { quote: `q${order} loose`, segmentId: null, supports: "s" },
    ],
  },
});
const override = (values: Partial<ScoreOverride>): ScoreOverride => ({
  id: "o",
  interviewId: "i",
  kind: "competency",
  target: "ownership",
  score: 90,
  reason: "why",
  userId: "u",
  createdAt: new Date(0),
  updatedAt: new Date(0),
  ...values,
});
const decision = (value: HiringDecision["decision"]): HiringDecision => ({
  interviewId: "i",
  decision: value,
  note: "",
  userId: "u",
  createdAt: new Date(0),
  updatedAt: new Date(1000),
});

describe("explainScoredAnswers", () => {
  it("puts each answer's points and quotes under the criterion they name, other quotes apart", () => {
    const [ownership] = explainScoredAnswers({
      answers: [answer(1), answer(2)],
      competencyScores: [{ competency: "ownership", score: 75, questionCount: 2 }],
      overrides: [override({})],
      rubricVersions: [version],
    });
    expect(ownership).toEqual({
      competency: "ownership",
      score: 75,
      humanScore: 90,
      rubricVersions: ["rv-1"],
      criteria: [
        {
          ...criteria[0],
          earned: [
            { questionOrder: 1, points: 4, quotes: ["q1 words"] },
            { questionOrder: 2, points: 4, quotes: ["q2 words"] },
          ],
        },
      ],
      otherQuotes: [
        { questionOrder: 1, quote: "q1 loose" },
        { questionOrder: 2, quote: "q2 loose" },
      ],
    });
  });

  it("falls back to the criteria the scorer named, without anchors, when the version is unknown", () => {
    const [ownership] = explainScoredAnswers({
      answers: [answer(1)],
      competencyScores: [],
      overrides: [],
      rubricVersions: [],
    });
    expect(ownership?.criteria).toEqual([
      {
        key: "depth",
        name: "Depth",
        description: "",
        anchors: null,
        earned: [{ questionOrder: 1, points: 4, quotes: ["q1 words"] }],
      },
    ]);
  });
});

describe("listHumanChanges", () => {
  it("pairs each override with the scorer's value: an answer's evaluation, a competency's report score", () => {
    expect(
      listHumanChanges({
        overrides: [override({}), override({ kind: "answer", target: "q2", score: 40 })],
        answers: [answer(2)],
        competencyScores: [{ competency: "ownership", score: 75, questionCount: 1 }],
      }),
    ).toEqual([
      { kind: "competency", subject: "ownership", aiValue: 75, humanValue: 90 },
      { kind: "answer", subject: "Question 2", aiValue: 75, humanValue: 40 },
    ]);
  });
});

describe("explainOutcome", () => {
  const competencies = [
    { competency: "a", score: 80, humanScore: null },
    { competency: "b", score: 20, humanScore: 95 },
    { competency: "c", score: 40, humanScore: null },
    { competency: "d", score: 60, humanScore: null },
  ].map((row) => ({ ...row, rubricVersions: [], criteria: [], otherQuotes: [] }));

  it("names the two lowest competencies after a rejection, a person's score in place of the scorer's", () => {
    expect(explainOutcome({ decision: decision("reject"), competencies })).toEqual({
      decision: "not_advanced",
      decidedAt: new Date(1000).toISOString(),
      principalReasons: [
        { competency: "c", score: 40 },
        { competency: "d", score: 60 },
      ],
    });
  });

  it("gives no reasons for advance or hold, and nothing without a decision", () => {
    expect(explainOutcome({ decision: decision("advance"), competencies })?.decision).toBe(
      "advanced",
    );
    expect(explainOutcome({ decision: decision("hold"), competencies })).toMatchObject({
      decision: "on_hold",
      principalReasons: [],
    });
    expect(explainOutcome({ decision: null, competencies })).toBeNull();
  });
});
