import { describe, expect, it } from "vitest";
import { completeRubrics } from "./complete-rubrics";
import { getDefaultRubric } from "./default-rubrics";

const edited = {
  competency: "ownership",
  criteria: ["a_a", "b_b", "c_c"].map((key) => ({
    key,
    name: key,
    description: "d",
    anchors: { "1": "low", "3": "mid", "5": "high" },
  })),
};

describe("completeRubrics", () => {
  it("keeps a sent rubric, then an existing one, then the default, in the position's order", () => {
    const existing = [{ ...edited, competency: "communication" }];
    const { rubrics, unknownCompetency } = completeRubrics({
      competencies: ["communication", "ownership", "system-design"],
      language: "en",
      sent: [edited],
      existing,
    });
    expect(unknownCompetency).toBeNull();
    expect(rubrics).toEqual([
      existing[0],
      edited,
      getDefaultRubric({ competency: "system-design", language: "en" }),
    ]);
  });

  it("drops rubrics of competencies the position no longer lists and names a sent one", () => {
    const result = completeRubrics({
      competencies: ["communication"],
      language: "ko",
      sent: [edited],
      existing: [edited],
    });
    expect(result.unknownCompetency).toBe("ownership");
    expect(result.rubrics.map((rubric) => rubric.competency)).toEqual(["communication"]);
  });
});
