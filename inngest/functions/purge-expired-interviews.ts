import "server-only";
import { cron } from "inngest";
import { purgeExpiredInterviews } from "@/lib/db/purge-expired-interviews";
import { env } from "@/lib/env.mjs";
import type { PipelineContext } from "@/lib/jobs/pipeline-context";
import { inngest } from "../client";

/** Keeps the promise made on the consent screen: nothing is kept past DATA_RETENTION_DAYS. */
export async function purgeExpiredInterviewsHandler({
  step,
}: Pick<PipelineContext<unknown>, "step">) {
  return step.run("purge", () =>
    purgeExpiredInterviews({ retentionDays: env.DATA_RETENTION_DAYS }),
  );
}

export const purgeExpiredInterviewsFunction = inngest.createFunction(
  { id: "purge-expired-interviews", triggers: [cron("41 3 * * *")], concurrency: { limit: 1 } },
  purgeExpiredInterviewsHandler,
);
