// The demo's adverse-impact dataset: applicants to one position who self-identified, all decided.
// Advancement: female 3 of 10 (0.3), male 5 of 10 (0.5), so female's impact ratio is 0.6, the
// one ratio the report highlights. Races stay level (white and asian 3 of 8 each, hispanic too
// few), every intersection has fewer than 5 people (too few), and half of every group scored 70
// or more, so the scores measure flags nothing: the disparity is in the decisions.
import type { SelfIdRaceEthnicity, SelfIdSex } from "@/db/schema/compliance";

export const adverseImpactDemoPosition = {
  title: "Warehouse Operations Lead",
  description:
    "Runs a shift of pickers and robots: staffing, safety and the daily throughput plan. Its decided applicants show the adverse-impact report.",
  competencies: ["communication", "collaboration", "ownership"],
  language: "en",
} as const;

export type AdverseImpactDemoGroup = {
  sex: SelfIdSex;
  raceEthnicity: SelfIdRaceEthnicity;
  count: number;
  /** How many of the group were advanced (the rest rejected). */
  advanced: number;
};

export const adverseImpactDemoGroups: readonly AdverseImpactDemoGroup[] = [
  { sex: "female", raceEthnicity: "white", count: 4, advanced: 1 },
  { sex: "female", raceEthnicity: "asian", count: 4, advanced: 1 },
  { sex: "female", raceEthnicity: "hispanic_or_latino", count: 2, advanced: 1 },
  { sex: "male", raceEthnicity: "white", count: 4, advanced: 2 },
  { sex: "male", raceEthnicity: "asian", count: 4, advanced: 2 },
  { sex: "male", raceEthnicity: "hispanic_or_latino", count: 2, advanced: 1 },
  { sex: "decline", raceEthnicity: "decline", count: 4, advanced: 2 },
];

/** Overall scores alternate high and low within each group, whatever the decision. */
export const adverseImpactDemoScores = { high: 78, low: 58 } as const;
