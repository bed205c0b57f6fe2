import "server-only";
import { cron } from "inngest";
import type { PipelineContext } from "@/lib/jobs/pipeline-context";
import { purgeExpiredData } from "@/lib/jobs/run-maintenance";
import { inngest } from "../client";

/**
 * Keeps the promise made on the consent screen: nothing is kept past DATA_RETENTION_DAYS; job runs
 * go after JOB_RUNS_RETENTION_DAYS.
 */
export async function purgeExpiredInterviewsHandler({
  step,
}: Pick<PipelineContext<unknown>, "step">) {
  return step.run("purge", () => purgeExpiredData());
}

export const purgeExpiredInterviewsFunction = inngest.createFunction(
  { id: "purge-expired-interviews", triggers: [cron("41 3 * * *")], concurrency: { limit: 1 } },
  purgeExpiredInterviewsHandler,
);
