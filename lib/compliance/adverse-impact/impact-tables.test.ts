import { describe, expect, it } from "vitest";
import type { SelfIdRaceEthnicity, SelfIdSex } from "@/db/schema/compliance";
import { labelImpactCategory } from "./category-labels";
import { computeImpactTables, type ImpactPerson, type ImpactTable } from "./impact-tables";

function group(
  count: number,
  selected: number,
  sex: SelfIdSex | null,
  raceEthnicity: SelfIdRaceEthnicity | null,
): ImpactPerson[] {
  return Array.from({ length: count }, (_, index) => ({
    sex,
    raceEthnicity,
    selected: index < selected,
  }));
}

function row(table: ImpactTable, category: string) {
  const found = table.rows.find((candidate) => candidate.category === category);
  if (!found) throw new Error(`no row ${category}`);
  return found;
}

// 50 people; every figure below is worked out by hand from these groups.
const people = [
  ...group(8, 2, "female", "white"),
  ...group(6, 2, "female", "asian"),
  ...group(10, 6, "male", "white"),
  ...group(8, 4, "male", "asian"),
  ...group(3, 1, "male", "black_or_african_american"),
  ...group(5, 2, "decline", "white"),
  ...group(5, 1, "female", "decline"),
  ...group(5, 2, null, null),
];

describe("computeImpactTables", () => {
  const tables = computeImpactTables(people);

  it("counts everyone once per table and the selected overall", () => {
    expect(tables.total).toBe(50);
    expect(tables.selected).toBe(20);
    for (const table of [tables.sex, tables.raceEthnicity, tables.intersectional]) {
      expect(table.rows.reduce((sum, r) => sum + r.applicants, 0)).toBe(50);
    }
  });

  it("gives the sex table's rates and ratios: female 5/19 ÷ male 11/21 = 105/209, below 0.8", () => {
    expect(row(tables.sex, "female")).toMatchObject({ applicants: 19, selected: 5 });
    expect(row(tables.sex, "female").selectionRate).toBeCloseTo(5 / 19, 12);
    expect(row(tables.sex, "female").impactRatio).toBeCloseTo(105 / 209, 12);
    expect(row(tables.sex, "female").belowFourFifths).toBe(true);
    expect(row(tables.sex, "male")).toMatchObject({ applicants: 21, selected: 11, impactRatio: 1 });
    expect(row(tables.sex, "male").belowFourFifths).toBe(false);
    expect(tables.sex.highestRate).toBeCloseTo(11 / 21, 12);
  });

  it("shows declined and blank answers as the unknown row, counted but without rate or ratio", () => {
    expect(row(tables.sex, "unknown")).toMatchObject({
      applicants: 10,
      selected: 4,
      selectionRate: null,
      impactRatio: null,
      isUnknown: true,
      belowFourFifths: false,
    });
    expect(row(tables.raceEthnicity, "unknown")).toMatchObject({ applicants: 10, selected: 3 });
    expect(row(tables.intersectional, "unknown")).toMatchObject({ applicants: 15, selected: 5 });
  });

  it("marks a category of fewer than 5 people too few and leaves it out of the highest rate", () => {
    const black = row(tables.raceEthnicity, "black_or_african_american");
    expect(black).toMatchObject({ applicants: 3, selected: 1, isTooFew: true });
    expect(black.selectionRate).toBeNull();
    expect(black.impactRatio).toBeNull();
    // 1/3 would be below white's 10/23, so the highest is white's either way; the intersection
    // male:black (1/3) is likewise out, and male:white's 6/10 is the highest there.
    expect(tables.raceEthnicity.highestRate).toBeCloseTo(10 / 23, 12);
    expect(row(tables.raceEthnicity, "asian").impactRatio).toBeCloseTo(69 / 70, 12);
    expect(row(tables.raceEthnicity, "asian").belowFourFifths).toBe(false);
    expect(row(tables.raceEthnicity, "hispanic_or_latino")).toMatchObject({
      applicants: 0,
      isTooFew: true,
      impactRatio: null,
    });
  });

  it("gives the intersections: female white 5/12 and female asian 5/9 flagged, male asian 5/6 not", () => {
    const table = tables.intersectional;
    expect(table.highestRate).toBeCloseTo(0.6, 12);
    expect(row(table, "female:white").impactRatio).toBeCloseTo(5 / 12, 12);
    expect(row(table, "female:asian").impactRatio).toBeCloseTo(5 / 9, 12);
    expect(row(table, "male:asian").impactRatio).toBeCloseTo(5 / 6, 12);
    expect(table.rows.filter((r) => r.belowFourFifths).map((r) => r.category)).toEqual([
      "female:white",
      "female:asian",
    ]);
    expect(row(table, "male:black_or_african_american").isTooFew).toBe(true);
    expect(table.rows).toHaveLength(2 * 7 + 1);
  });

  it("marks a category under 2 % of the total too few even with 5 or more people", () => {
    const large = computeImpactTables([
      ...group(295, 100, "male", "white"),
      ...group(5, 0, "female", "white"),
    ]);
    expect(row(large.sex, "female")).toMatchObject({
      applicants: 5,
      isTooFew: true,
      impactRatio: null,
    });
    expect(row(large.sex, "male").impactRatio).toBe(1);
    const atTwoPercent = computeImpactTables([
      ...group(294, 100, "male", "white"),
      ...group(6, 0, "female", "white"),
    ]);
    expect(row(atTwoPercent.sex, "female")).toMatchObject({ isTooFew: false, impactRatio: 0 });
    expect(row(atTwoPercent.sex, "female").belowFourFifths).toBe(true);
  });

  it("does not flag a ratio of exactly 0.8 (3/5 against 6/8, 0.7999… in floating point)", () => {
    const edge = computeImpactTables([
      ...group(8, 6, "male", "white"),
      ...group(5, 3, "female", "white"),
    ]);
    expect(row(edge.sex, "female").impactRatio).toBe(0.8);
    expect(row(edge.sex, "female").belowFourFifths).toBe(false);
  });

  it("gives no ratio and flags nothing when nobody was selected", () => {
    const none = computeImpactTables([
      ...group(6, 0, "male", "asian"),
      ...group(6, 0, "female", "asian"),
    ]);
    expect(none.sex.highestRate).toBe(0);
    expect(none.sex.rows.every((r) => r.impactRatio === null && !r.belowFourFifths)).toBe(true);
    expect(row(none.sex, "female").selectionRate).toBe(0);
  });

  it("gives empty tables for nobody", () => {
    const empty = computeImpactTables([]);
    expect(empty.total).toBe(0);
    expect(empty.sex.highestRate).toBeNull();
    expect(empty.sex.rows.every((r) => r.applicants === 0 && r.impactRatio === null)).toBe(true);
  });
});

describe("labelImpactCategory", () => {
  it("names single categories, intersections and the unknown row", () => {
    expect(labelImpactCategory("female")).toBe("Female");
    expect(labelImpactCategory("black_or_african_american")).toBe("Black or African American");
    expect(labelImpactCategory("male:asian")).toBe("Asian Male");
    expect(labelImpactCategory("unknown")).toBe("Unknown");
  });
});
