import "server-only";
import { endOverdueInterviews } from "@/lib/interviews/interview-time-limit";
import { toCompletionEvents } from "../completion-events";
import { definePipelineFunction } from "../define-pipeline-function";

/**
 * Completes interviews left in progress past MAX_INTERVIEW_DURATION_MINUTES and sends them to
 * evaluation with what was saved. Hourly: token requests in between are refused at the limit anyway.
 */
export const endOverdueInterviewsFunction = definePipelineFunction({
  id: "end-overdue-interviews",
  cronSchedule: "17 * * * *",
  concurrency: { limit: 1 },
  handler: async ({ step }) => {
    const { completions } = await step.run("end-overdue", () => endOverdueInterviews());
    if (completions.length > 0) {
      await step.sendEvent("evaluate-ended", toCompletionEvents(completions));
    }
    return { ended: completions.length };
  },
});
