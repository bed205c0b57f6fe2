import "server-only";
import { computeImpactTables } from "@/lib/compliance/adverse-impact/impact-tables";
import { defaultScoreThreshold } from "@/lib/compliance/adverse-impact/schemas";
import { listSelfIdentificationsByInterview } from "@/lib/db/self-identifications";
import type { ReplayedInterview } from "./schemas";

/**
 * The adverse-impact tables of the sample on the "scores" measure (overall ≥ 70 is selected)
 * before and after the change. Only the aggregate leaves here, never a person's answers.
 */
export async function measureReplayImpact(options: {
  companyId: string;
  interviews: ReplayedInterview[];
}) {
  const selfIds = await listSelfIdentificationsByInterview(
    options.companyId,
    options.interviews.map((row) => row.interviewId),
  );
  const people = (overall: (row: ReplayedInterview) => number) =>
    options.interviews.map((row) => {
      const selfId = selfIds.get(row.interviewId);
      return {
        sex: selfId?.sex ?? null,
        raceEthnicity: selfId?.raceEthnicity ?? null,
        selected: overall(row) >= defaultScoreThreshold,
      };
    });
  return {
    threshold: defaultScoreThreshold,
    selfIdentifiedCount: selfIds.size,
    before: computeImpactTables(people((row) => row.oldOverall)),
    after: computeImpactTables(people((row) => row.newOverall)),
  };
}
