import "server-only";
import type { Interview } from "@/db/schema";
import { getCompanyCached, type getReportCached } from "@/lib/cache/cached-reads";
import { listScoreOverrides } from "@/lib/db/score-overrides";
import { toCandidateReport } from "./candidate-report-view";
import { type CandidateReport, candidateReportSchema } from "./schemas";

type ReportData = NonNullable<Awaited<ReturnType<typeof getReportCached>>>;

/** The candidate's view of the report at the level their company chose (default: feedback). */
export async function getCandidateReport(options: {
  interview: Interview;
  data: ReportData;
}): Promise<CandidateReport> {
  const company = await getCompanyCached(options.interview.companyId);
  const level = company?.candidateFeedback ?? "feedback";
  const overrides =
    level === "full" ? await listScoreOverrides({ interviewId: options.interview.id }) : [];
  // Parsed, not cast: what the schema (and so the OpenAPI document) lacks is never served.
  return candidateReportSchema.parse({
    ...toCandidateReport({ level, data: options.data, overrides }),
    aiScoring: true,
  });
}
