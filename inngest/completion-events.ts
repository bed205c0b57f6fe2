import "server-only";
import type { InterviewCompletion } from "@/lib/interviews/interview-lifecycle";
import { interviewCompleted } from "./events";

/**
 * The one place `interview/completed` is made: every way an interview completes (the complete
 * route, a token route at the time limit, the hourly cron, the maintenance timer, the seed) gets a
 * completion from `completeInterview` and turns it into this event: through `announceCompletions`,
 * or as a step of a function that is itself running.
 */
export function toCompletionEvents(completions: readonly (InterviewCompletion | null)[]) {
  return completions
    .filter((completion) => completion !== null)
    .map(({ interviewId }) => interviewCompleted.create({ interviewId }));
}
