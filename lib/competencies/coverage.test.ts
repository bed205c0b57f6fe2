import { describe, expect, it } from "vitest";
import { getDefaultRubric } from "@/lib/rubrics/default-rubrics";
import { describeCompetencyCoverage } from "./coverage";

const counts = new Map([["ownership", 3]]);

describe("describeCompetencyCoverage", () => {
  it("takes a stored default read back with its keys reordered for the default", () => {
    const stored = getDefaultRubric({ competency: "ownership", language: "ko" });
    const reordered = {
      competency: stored.competency,
      criteria: stored.criteria.map(({ anchors, description, name, key }) => ({
        description,
        anchors: { "5": anchors["5"], "1": anchors["1"], "3": anchors["3"] },
        name,
        key,
      })),
    };
    const [entry] = describeCompetencyCoverage({
      competencies: ["ownership"],
      language: "ko-KR",
      rubrics: [reordered],
      bankQuestionCounts: counts,
    });
    expect(entry).toEqual({
      competency: "ownership",
      label: "주인의식",
      isBuiltIn: true,
      rubricSource: "built_in",
      bankQuestionCount: 3,
      warnings: [],
    });
  });

  it("marks a recruiter's own competency without a rubric as generic, with both warnings", () => {
    const [entry] = describeCompetencyCoverage({
      competencies: ["sql"],
      language: "en",
      rubrics: [],
      bankQuestionCounts: counts,
    });
    expect(entry).toMatchObject({ label: "Sql", isBuiltIn: false, rubricSource: "generic" });
    expect(entry?.warnings.map((warning) => warning.code)).toEqual([
      "no_default_rubric",
      "no_bank_questions",
    ]);
  });
});
