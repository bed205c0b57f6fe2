import type { AnswerSegment, FollowUpTurn } from "./types";

/**
 * Every segment the candidate said in a thread, main answer first, then each follow-up's answer
 * in order: what the thread is scored on, and what its evidence may quote.
 */
export function listThreadSegments(options: {
  answer: AnswerSegment[];
  followUps?: FollowUpTurn[];
}): AnswerSegment[] {
  return [...options.answer, ...(options.followUps ?? []).flatMap((turn) => turn.answer)];
}
