import { describe, expect, it } from "vitest";
import { builtInCompetencyKeys } from "@/lib/competencies/registry";
import { getDefaultRubric, getDefaultRubrics } from "./default-rubrics";
import { defaultRubricsEn } from "./default-rubrics-en";
import { defaultRubricsKo } from "./default-rubrics-ko";
import { type CompetencyRubric, competencyRubricSchema } from "./schemas";

const allCompetencies = [...builtInCompetencyKeys, "customer-empathy"];
const languages = ["en", "en-US", "ko", "ko-KR"];
const hangul = /[\uac00-\ud7a3]/;

function listTexts(rubric: CompetencyRubric): string[] {
  return rubric.criteria.flatMap((criterion) => [
    criterion.name,
    criterion.description,
    ...Object.values(criterion.anchors),
  ]);
}

describe("default rubrics", () => {
  it("cover exactly the registry's built-in competencies, in both languages", () => {
    expect(Object.keys(defaultRubricsEn).sort()).toEqual([...builtInCompetencyKeys].sort());
    expect(Object.keys(defaultRubricsKo).sort()).toEqual([...builtInCompetencyKeys].sort());
  });

  describe.each(allCompetencies)("%s", (competency) => {
    it.each(languages)("parses with competencyRubricSchema in %s", (language) => {
      const rubric = getDefaultRubric({ competency, language });
      expect(competencyRubricSchema.parse(rubric)).toEqual(rubric);
    });

    it("has the same criterion keys in English and Korean", () => {
      const keysOf = (language: string) =>
        getDefaultRubric({ competency, language }).criteria.map((criterion) => criterion.key);
      expect(keysOf("ko")).toEqual(keysOf("en"));
    });

    it("writes every Korean text in Hangul and no English text in Hangul", () => {
      for (const text of listTexts(getDefaultRubric({ competency, language: "ko-KR" }))) {
        expect(text).toMatch(hangul);
      }
      for (const text of listTexts(getDefaultRubric({ competency, language: "en" }))) {
        expect(text).not.toMatch(hangul);
      }
    });

    it.each(["en", "ko"])("gives each criterion three distinct anchors in %s", (language) => {
      for (const criterion of getDefaultRubric({ competency, language }).criteria) {
        expect(new Set(Object.values(criterion.anchors)).size).toBe(3);
      }
    });
  });

  it("picks Korean only for a ko base language", () => {
    expect(getDefaultRubric({ competency: "ownership", language: "ko-KR" }).criteria).toEqual(
      defaultRubricsKo.ownership,
    );
    expect(getDefaultRubric({ competency: "ownership", language: "ja" }).criteria).toEqual(
      defaultRubricsEn.ownership,
    );
  });

  it("finds the built-in rubric whatever the competency's case or padding", () => {
    const rubric = getDefaultRubric({ competency: " System-Design ", language: "en" });
    expect(rubric.competency).toBe("system-design");
    expect(rubric.criteria).toEqual(defaultRubricsEn["system-design"]);
  });

  it.each([
    ["en", "customer-empathy", "customer empathy"],
    ["ko", "customer-empathy", "customer empathy"],
    ["en", "stakeholder_management", "stakeholder management"],
  ])("mentions the competency name in the %s fallback for %s", (language, competency, label) => {
    const rubric = getDefaultRubric({ competency, language });
    expect(rubric.criteria.map((criterion) => criterion.key)).toEqual([
      "relevance",
      "own_actions",
      "specifics",
      "outcome_reflection",
    ]);
    expect(rubric.criteria[0]?.name).toContain(label);
    for (const criterion of rubric.criteria) {
      expect(criterion.description).toContain(label);
    }
  });

  it("returns copies that callers may edit without changing the defaults", () => {
    const rubric = getDefaultRubric({ competency: "ownership", language: "en" });
    const [first] = rubric.criteria;
    if (first) first.anchors["1"] = "edited";
    expect(defaultRubricsEn.ownership?.[0]?.anchors["1"]).not.toBe("edited");
  });

  it("returns one rubric per distinct competency, in order", () => {
    const rubrics = getDefaultRubrics({
      competencies: ["ownership", "Customer-Empathy", "ownership", "communication"],
      language: "ko",
    });
    expect(rubrics.map((rubric) => rubric.competency)).toEqual([
      "ownership",
      "customer-empathy",
      "communication",
    ]);
  });
});
