import type { SelfIdRaceEthnicity, SelfIdSex } from "@/db/schema/compliance";
import { unknownCategory } from "./impact-tables";

/** EEO-1 wording, as an auditor's tables and the self-identification form use it. */
export const sexLabels: Record<SelfIdSex, string> = {
  decline: "Decline to answer",
  female: "Female",
  male: "Male",
};

export const raceEthnicityLabels: Record<SelfIdRaceEthnicity, string> = {
  decline: "Decline to answer",
  hispanic_or_latino: "Hispanic or Latino",
  white: "White",
  black_or_african_american: "Black or African American",
  native_hawaiian_or_pacific_islander: "Native Hawaiian or Pacific Islander",
  asian: "Asian",
  american_indian_or_alaska_native: "American Indian or Alaska Native",
  two_or_more_races: "Two or more races",
};

/** The label of a row of computeImpactTables: "Female", "Asian", "Asian Female", "Unknown". */
export function labelImpactCategory(category: string): string {
  if (category === unknownCategory) return "Unknown";
  const [first, race] = category.split(":");
  if (race !== undefined) {
    return `${raceEthnicityLabels[race as SelfIdRaceEthnicity] ?? race} ${sexLabels[first as SelfIdSex] ?? first}`;
  }
  return (
    sexLabels[first as SelfIdSex] ?? raceEthnicityLabels[first as SelfIdRaceEthnicity] ?? first
  );
}
