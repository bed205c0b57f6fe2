import { describe, expect, it } from "vitest";
import { getDefaultRubric } from "@/lib/rubrics/default-rubrics";
import { checkModelEvaluation } from "./check-model-evaluation";
import type { ModelAnswerEvaluation } from "./schemas";

const rubric = getDefaultRubric({ competency: "ownership", language: "en" });
const keys = rubric.criteria.map((criterion) => criterion.key);
const segments = [{ segmentId: "s1", text: "I rolled back the deploy and wrote the postmortem." }];
const said = "I rolled back the deploy";

function reply(options: {
  points: number[];
  quotes: (string | null)[];
  keys?: string[];
}): ModelAnswerEvaluation {
  return {
    criteria: (options.keys ?? keys).map((key, i) => ({
      key,
      points: options.points[i] ?? 1,
      rationale: `r${i}`,
      evidence: options.quotes[i] ? [{ quote: options.quotes[i] ?? "", segmentId: "s1" }] : [],
    })),
    strengths: [],
    improvements: [],
    feedback: "",
  };
}

describe("checkModelEvaluation", () => {
  it("computes the score as the mean of the criteria on the anchored scale", () => {
    const checked = checkModelEvaluation({
      reply: reply({ points: [5, 4, 3, 2], quotes: [said, said, said, said] }),
      rubric,
      segments,
    });
    expect(checked.problem).toBeNull();
    // (100 + 75 + 50 + 25) / 4
    expect(checked.evaluation?.score).toBe(63);
    expect(checked.evaluation?.rubricScores.map((row) => row.points)).toEqual([5, 4, 3, 2]);
  });

  it("counts a criterion whose quotes do not verify as 1 and says so in its rationale", () => {
    const checked = checkModelEvaluation({
      reply: reply({ points: [5, 5, 5, 5], quotes: [said, "made up", null, said] }),
      rubric,
      segments,
    });
    expect(checked.problem).toBeNull();
    expect(checked.evaluation?.rubricScores.map((row) => row.points)).toEqual([5, 1, 1, 5]);
    expect(checked.evaluation?.rubricScores[1]?.rationale).toMatch(/model gave 5; no quote/);
    expect(checked.evaluation?.score).toBe(50);
  });

  it("refuses criteria that are not exactly the rubric's, in any order", () => {
    const missing = checkModelEvaluation({
      reply: reply({ points: [5, 5, 5], quotes: [said], keys: keys.slice(0, 3) }),
      rubric,
      segments,
    });
    expect(missing).toMatchObject({
      evaluation: null,
      problem: expect.stringMatching(/rubric has/),
    });
    const doubled = checkModelEvaluation({
      reply: reply({
        points: [5, 5, 5, 5],
        quotes: [said],
        keys: [...keys.slice(0, 3), keys[0] ?? ""],
      }),
      rubric,
      segments,
    });
    expect(doubled.evaluation).toBeNull();
    const shuffled = checkModelEvaluation({
      reply: reply({
        points: [3, 3, 3, 3],
        quotes: [said, said, said, said],
        keys: [...keys].reverse(),
      }),
      rubric,
      segments,
    });
    expect(shuffled.problem).toBeNull();
  });

  it("refuses a reply none of whose quotes verifies, keeping what it could compute", () => {
    const checked = checkModelEvaluation({
      reply: reply({ points: [5, 5, 5, 5], quotes: ["made up", "also made up", null, null] }),
      rubric,
      segments,
    });
    expect(checked.problem).toMatch(/none of its 2 evidence quotes/);
    expect(checked.evaluation?.score).toBe(0);
  });
});
