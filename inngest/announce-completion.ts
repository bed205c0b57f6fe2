import "server-only";
import type { InterviewCompletion } from "@/lib/interviews/interview-lifecycle";
import { InterviewTimeLimitError } from "@/lib/interviews/interview-time-limit";
import { toCompletionEvents } from "./completion-events";
import { sendEvents } from "./dispatch";

/** Sends each completed interview to whatever runs on completion (the evaluation among them). */
export async function announceCompletions(
  completions: readonly (InterviewCompletion | null)[],
): Promise<void> {
  await sendEvents(toCompletionEvents(completions));
}

/**
 * Runs work that may end the interview at its time limit (a credential request): when the refusal
 * says this request ended it, the completion is announced before the refusal goes on to the caller.
 */
export async function withCompletionAnnounced<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InterviewTimeLimitError) await announceCompletions([error.completion]);
    throw error;
  }
}
