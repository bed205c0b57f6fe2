import "server-only";
import { cron } from "inngest";
import { endOverdueInterviews } from "@/lib/interviews/interview-time-limit";
import type { PipelineContext } from "@/lib/jobs/pipeline-context";
import { inngest } from "../client";

/**
 * Completes interviews left in progress past MAX_INTERVIEW_DURATION_MINUTES, so they are evaluated
 * with what was saved. Hourly: token requests in between are refused at the limit anyway.
 */
export async function endOverdueInterviewsHandler({
  step,
}: Pick<PipelineContext<unknown>, "step">) {
  return step.run("end-overdue", () => endOverdueInterviews());
}

export const endOverdueInterviewsFunction = inngest.createFunction(
  { id: "end-overdue-interviews", triggers: [cron("17 * * * *")], concurrency: { limit: 1 } },
  endOverdueInterviewsHandler,
);
