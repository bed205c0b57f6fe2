import { describe, expect, it } from "vitest";
import { demoPositions } from "@/db/seed-data/demo-accounts";
import { seedQuestions } from "@/db/seed-data/question-bank";
import { supportedLanguages } from "@/lib/i18n/languages";
import { getDefaultRubric } from "@/lib/rubrics/default-rubrics";
import { defaultRubricsEn } from "@/lib/rubrics/default-rubrics-en";
import { defaultRubricsKo } from "@/lib/rubrics/default-rubrics-ko";
import { competencyRubricSchema } from "@/lib/rubrics/schemas";
import { findBuiltInLookalike } from "./find-lookalike";
import {
  builtInCompetencies,
  builtInCompetencyKeys,
  getCompetencyLabel,
  isBuiltInCompetency,
} from "./registry";
import { competencyKeySchema } from "./schemas";

const languages = Object.keys(supportedLanguages) as (keyof typeof supportedLanguages)[];
const textsByLanguage = { en: defaultRubricsEn, ko: defaultRubricsKo };
const hangul = /[\uac00-\ud7a3]/;

describe("the competency registry", () => {
  it("holds each key once, each a valid competency key that no other entry looks like", () => {
    expect(new Set(builtInCompetencyKeys).size).toBe(builtInCompetencies.length);
    for (const key of builtInCompetencyKeys) {
      expect(competencyKeySchema.parse(key)).toBe(key);
      expect(findBuiltInLookalike(key)).toBeNull();
    }
  });

  describe.each(builtInCompetencies)("$key", (entry) => {
    it.each(languages)("has a label in %s, in that language's script", (language) => {
      const label = entry.labels[language];
      expect(label.trim().length).toBeGreaterThan(1);
      if (language === "ko") expect(label).toMatch(hangul);
      else expect(label).not.toMatch(hangul);
      expect(getCompetencyLabel({ competency: entry.key, language: `${language}-XX` })).toBe(label);
    });

    it.each(languages)("has its own complete default rubric in %s", (language) => {
      const rubric = getDefaultRubric({ competency: entry.key, language });
      expect(competencyRubricSchema.parse(rubric)).toEqual(rubric);
      // Its own texts, not the generic criteria a recruiter's own competency falls back to.
      expect(rubric.criteria).toEqual(textsByLanguage[language][entry.key]);
    });
  });

  it.each(languages)("gives every competency a different label in %s", (language) => {
    const labels = builtInCompetencies.map((entry) => entry.labels[language]);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("labels a recruiter's own competency from its key, in any language", () => {
    expect(getCompetencyLabel({ competency: "customer-empathy", language: "ko" })).toBe(
      "Customer empathy",
    );
    expect(isBuiltInCompetency("customer-empathy")).toBe(false);
  });

  it("names only built-in competencies in the seed's question bank and demo positions", () => {
    const named = [
      ...seedQuestions.map((question) => question.competency),
      ...demoPositions.flatMap((position) => position.competencies),
    ];
    expect(named.filter((key) => !isBuiltInCompetency(key))).toEqual([]);
  });
});
