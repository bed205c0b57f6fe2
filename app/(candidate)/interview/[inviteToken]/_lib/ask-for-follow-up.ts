// After an answer ends: once its segments are stored (the server decides on the saved
// transcript), ask whether the interviewer follows up. Never fails and never waits long: a
// decision that cannot be had is no follow-up, and the interview goes on.
import { type CandidateApi, CandidateApiError, type InterviewQuestion } from "./candidate-api";

/** How long the answer's last segments may take to store before going on without a decision. */
export const saveBeforeDecisionMs = 8_000;

export async function askForFollowUp(options: {
  api: Pick<CandidateApi, "requestFollowUp">;
  questionId: string;
  /** Resolves when every segment said so far is stored; rejects after `timeoutMs`. */
  drain: (timeoutMs: number) => Promise<void>;
}): Promise<InterviewQuestion | null> {
  try {
    await options.drain(saveBeforeDecisionMs);
    return await options.api.requestFollowUp(options.questionId);
  } catch (error) {
    // The code only: a message could quote the request, and the answer is the candidate's.
    const code = error instanceof CandidateApiError ? error.code : "unsaved_or_offline";
    console.warn(`No follow-up this time (${code}).`);
    return null;
  }
}
