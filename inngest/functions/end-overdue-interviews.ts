import "server-only";
import { endOverdueInterviews } from "@/lib/interviews/interview-time-limit";
import { definePipelineFunction } from "../define-pipeline-function";
import { interviewCompleted } from "../events";

/**
 * Completes interviews left in progress past MAX_INTERVIEW_DURATION_MINUTES and sends them to
 * evaluation with what was saved. Hourly: token requests in between are refused at the limit anyway.
 */
export const endOverdueInterviewsFunction = definePipelineFunction({
  id: "end-overdue-interviews",
  cronSchedule: "17 * * * *",
  concurrency: { limit: 1 },
  handler: async ({ step }) => {
    const { endedIds } = await step.run("end-overdue", () => endOverdueInterviews());
    if (endedIds.length > 0) {
      await step.sendEvent(
        "evaluate-ended",
        endedIds.map((interviewId) => interviewCompleted.create({ interviewId })),
      );
    }
    return { ended: endedIds.length };
  },
});
