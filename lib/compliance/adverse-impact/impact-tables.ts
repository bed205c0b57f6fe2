import {
  type SelfIdRaceEthnicity,
  type SelfIdSex,
  selfIdRaceEthnicities,
  selfIdSexes,
} from "@/db/schema/compliance";

/** One person of the dataset: their self-identification (null = left blank) and the outcome. */
export type ImpactPerson = {
  sex: SelfIdSex | null;
  raceEthnicity: SelfIdRaceEthnicity | null;
  selected: boolean;
};

/** The row for people who declined or left a field blank: counted, never given a ratio. */
export const unknownCategory = "unknown";

export type ImpactRow = {
  /** A sex or race/ethnicity key, "<sex>:<race>" for an intersection, or "unknown". */
  category: string;
  applicants: number;
  selected: number;
  /** Null when the row is too few or unknown. */
  selectionRate: number | null;
  /** Rate ÷ the highest rate among rows that are neither too few nor unknown. */
  impactRatio: number | null;
  isUnknown: boolean;
  /** Fewer than 5 people or under 2 % of the total: shown, kept out of the ratios. */
  isTooFew: boolean;
  belowFourFifths: boolean;
};

export type ImpactTable = { rows: ImpactRow[]; highestRate: number | null };

export type ImpactTables = {
  total: number;
  selected: number;
  sex: ImpactTable;
  raceEthnicity: ImpactTable;
  intersectional: ImpactTable;
};

export const minCategoryPeople = 5;
export const minCategoryShare = 0.02;
/** The four-fifths rule: a ratio under 4/5 of the highest rate is flagged. */
const fourFifthsNumerator = 4;
const fourFifthsDenominator = 5;

const sexCategories = selfIdSexes.filter((sex) => sex !== "decline");
const raceCategories = selfIdRaceEthnicities.filter((race) => race !== "decline");
const intersectionalCategories = sexCategories.flatMap((sex) =>
  raceCategories.map((race) => `${sex}:${race}`),
);

function knownOrNull<T extends string>(value: T | null): Exclude<T, "decline"> | null {
  return value === null || value === "decline" ? null : (value as Exclude<T, "decline">);
}

/**
 * One table over `categories` (every one listed, so an auditor sees empty ones too) and the
 * unknown row. Small categories are "too few" against the whole dataset's total, unknowns
 * included: 6 RCNY §5-301 lets the auditor exclude a category under 2 % of the data used.
 */
function buildTable(
  people: readonly ImpactPerson[],
  categories: readonly string[],
  categoryOf: (person: ImpactPerson) => string | null,
): ImpactTable {
  const counts = new Map<string, { applicants: number; selected: number }>(
    [...categories, unknownCategory].map((category) => [category, { applicants: 0, selected: 0 }]),
  );
  for (const person of people) {
    const count = counts.get(categoryOf(person) ?? unknownCategory);
    if (!count) continue;
    count.applicants += 1;
    if (person.selected) count.selected += 1;
  }
  const rows = [...counts].map(([category, count]) => {
    const isUnknown = category === unknownCategory;
    const isTooFew =
      !isUnknown &&
      (count.applicants < minCategoryPeople || count.applicants < minCategoryShare * people.length);
    const selectionRate = isUnknown || isTooFew ? null : count.selected / count.applicants;
    return { category, ...count, selectionRate, isUnknown, isTooFew };
  });
  // The highest rate as its counts, so ratios and the four-fifths test are exact: in floating
  // point 3/5 ÷ 6/8 is 0.7999…, which would flag a ratio of exactly 0.8.
  const highest = rows.reduce<{ applicants: number; selected: number } | null>(
    (best, row) =>
      row.selectionRate !== null &&
      (!best || row.selected * best.applicants > best.selected * row.applicants)
        ? row
        : best,
    null,
  );
  return {
    highestRate: highest ? highest.selected / highest.applicants : null,
    rows: rows.map((row) => {
      // With every rate 0 no category fares worse than another: no ratio, nothing flagged.
      if (row.selectionRate === null || !highest || highest.selected === 0) {
        return { ...row, impactRatio: null, belowFourFifths: false };
      }
      const numerator = row.selected * highest.applicants;
      const denominator = row.applicants * highest.selected;
      return {
        ...row,
        impactRatio: numerator / denominator,
        belowFourFifths: numerator * fourFifthsDenominator < fourFifthsNumerator * denominator,
      };
    }),
  };
}

/**
 * The three tables of an LL144 bias audit (6 RCNY §5-301): sex, race/ethnicity, and their
 * intersections; per category the applicants, the selected, the selection rate and the impact
 * ratio. Whoever declined or left a field blank is the "unknown" row of that table (and of the
 * intersections when either field is unknown).
 */
export function computeImpactTables(people: readonly ImpactPerson[]): ImpactTables {
  return {
    total: people.length,
    selected: people.filter((person) => person.selected).length,
    sex: buildTable(people, sexCategories, (person) => knownOrNull(person.sex)),
    raceEthnicity: buildTable(people, raceCategories, (person) =>
      knownOrNull(person.raceEthnicity),
    ),
    intersectional: buildTable(people, intersectionalCategories, (person) => {
      const sex = knownOrNull(person.sex);
      const race = knownOrNull(person.raceEthnicity);
      return sex && race ? `${sex}:${race}` : null;
    }),
  };
}
