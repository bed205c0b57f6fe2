import { describe, expect, it } from "vitest";
import { competencyRubricSchema } from "@/lib/rubrics/schemas";
import { deriveCriterionKey, describeIssue } from "./rubric-drafts";

const keyPattern = /^[a-z][a-z0-9_]{1,39}$/;

describe("deriveCriterionKey", () => {
  it("lower-cases the name and turns runs of other characters into one underscore", () => {
    expect(deriveCriterionKey({ name: " Cost & Capacity! ", takenKeys: [] })).toBe("cost_capacity");
    expect(deriveCriterionKey({ name: "Café façade", takenKeys: [] })).toBe("cafe_facade");
  });

  it("makes a key the schema accepts from names that start with a digit or have no Latin letters", () => {
    expect(deriveCriterionKey({ name: "3D modelling", takenKeys: [] })).toBe(
      "criterion_3d_modelling",
    );
    expect(deriveCriterionKey({ name: "구체성", takenKeys: [] })).toBe("criterion");
    expect(deriveCriterionKey({ name: "", takenKeys: [] })).toBe("criterion");
  });

  it("keeps keys to 40 characters, suffix included, and unique within the competency", () => {
    const name = "An extremely long criterion name that goes on and on";
    const first = deriveCriterionKey({ name, takenKeys: [] });
    const second = deriveCriterionKey({ name, takenKeys: [first] });
    expect(first).toHaveLength(40);
    expect(second).toHaveLength(40);
    expect(second.endsWith("_2")).toBe(true);
    expect(deriveCriterionKey({ name: "", takenKeys: ["criterion", "criterion_2"] })).toBe(
      "criterion_3",
    );
    for (const key of [first, second]) expect(key).toMatch(keyPattern);
  });
});

describe("describeIssue", () => {
  it("names the criterion and the anchor of an empty field", () => {
    const anchors = { "1": "a", "3": "b", "5": " " };
    const criteria = ["one", "two", "three"].map((key) => ({
      key,
      name: key,
      description: key,
      anchors,
    }));
    const result = competencyRubricSchema.safeParse({ competency: "ownership", criteria });
    expect(result.success).toBe(false);
    const [issue] = result.error?.issues ?? [];
    expect(issue && describeIssue(issue)).toBe("Criterion 1, 5 — strong: fill this in.");
  });
});
