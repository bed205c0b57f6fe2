import "server-only";
import { purgeExpiredData } from "@/lib/jobs/purge-expired-data";
import { definePipelineFunction } from "../define-pipeline-function";

/**
 * Keeps the promise made on the consent screen: nothing is kept past DATA_RETENTION_DAYS; job runs
 * go after JOB_RUNS_RETENTION_DAYS unless a decision younger than the workspace's
 * audit_retention_months rests on them; decision records go at their retain_until.
 */
export const purgeExpiredInterviewsFunction = definePipelineFunction({
  id: "purge-expired-interviews",
  cronSchedule: "41 3 * * *",
  concurrency: { limit: 1 },
  handler: ({ step }) => step.run("purge", () => purgeExpiredData()),
});
