import { describe, expect, it } from "vitest";
import { selectQuestions } from "./select-questions";

const bank = [
  ...["a1", "a2", "a3"].map((id) => ({ id, competency: "a" })),
  ...["b1", "b2"].map((id) => ({ id, competency: "b" })),
  ...["c1"].map((id) => ({ id, competency: "c" })),
  ...["z1", "z2"].map((id) => ({ id, competency: "unlisted" })),
];

describe("selectQuestions", () => {
  it("covers every wanted competency before taking a second question of any", () => {
    const picked = selectQuestions({ bank, competencies: ["a", "b", "c"], count: 3, seed: "s" });
    expect(picked.map((q) => q.competency).sort()).toEqual(["a", "b", "c"]);
  });

  it("cycles through the competencies, then fills from the rest of the bank", () => {
    const picked = selectQuestions({ bank, competencies: ["a", "b", "c"], count: 8, seed: "s" });
    expect(picked.slice(0, 6).map((q) => q.competency)).toEqual(["a", "b", "c", "a", "b", "a"]);
    expect(picked.slice(6).map((q) => q.competency)).toEqual(["unlisted", "unlisted"]);
    expect(new Set(picked.map((q) => q.id)).size).toBe(8);
  });

  it("returns what exists when asked for more than the bank holds", () => {
    expect(selectQuestions({ bank, competencies: ["a"], count: 50, seed: "s" })).toHaveLength(
      bank.length,
    );
  });

  it("is reproducible for one seed and varies between seeds", () => {
    const pick = (seed: string) =>
      selectQuestions({ bank, competencies: ["a"], count: 1, seed }).map((q) => q.id)[0];
    expect(pick("interview-1")).toBe(pick("interview-1"));
    const distinct = new Set(Array.from({ length: 20 }, (_, i) => pick(`interview-${i}`)));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it("ignores wanted competencies the bank has no question for", () => {
    const picked = selectQuestions({ bank, competencies: ["missing", "c"], count: 1, seed: "s" });
    expect(picked.map((q) => q.id)).toEqual(["c1"]);
  });
});
