import "server-only";
import type { InterviewCompletion } from "@/lib/interviews/interview-lifecycle";
import { toActivityEvent } from "./activity-events";
import { interviewCompleted } from "./events";

/**
 * The one place `interview/completed` is made: every way an interview completes (the complete
 * route, a token route at the time limit, the hourly cron, the maintenance timer, the seed) gets a
 * completion from `completeInterview` and turns it into this event: through `announceCompletions`,
 * or as a step of a function that is itself running.
 */
export function toCompletionEvents(completions: readonly (InterviewCompletion | null)[]) {
  const completed = completions.filter((completion) => completion !== null);
  // The workspace hears first: its `interview.completed` webhook is recorded before the
  // evaluation can record `report.ready`, which receivers must see after it.
  return [
    ...completed.map(({ interviewId, companyId }) =>
      toActivityEvent({ type: "interview.completed", interviewId, companyId }),
    ),
    ...completed.map(({ interviewId }) => interviewCompleted.create({ interviewId })),
  ];
}
