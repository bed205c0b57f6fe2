import type { InterviewStatus } from "@/db/schema";

/**
 * Every move an interview's status may make, in one table: a status change anywhere goes through
 * `transitionInterviewStatus`, which refuses a move that is not listed here.
 */
export const interviewStatusMoves = {
  // Invited again: a re-issued link (the old one stops working).
  invited: ["in_progress", "expired", "invited"],
  // A withdrawn invite may be re-issued; withdrawing it again only moves its expiry to now.
  expired: ["invited", "expired"],
  // Only completion leaves in_progress: the candidate finishes, or the time limit ends it.
  in_progress: ["completed"],
  completed: ["evaluating", "failed"],
  evaluating: ["evaluated", "failed"],
  evaluated: [],
  failed: [],
} as const satisfies Record<InterviewStatus, readonly InterviewStatus[]>;

export function canMoveInterviewStatus(move: { from: InterviewStatus; to: InterviewStatus }) {
  const allowed: readonly InterviewStatus[] = interviewStatusMoves[move.from];
  return allowed.includes(move.to);
}

/** A move outside the table is a programming error, caught before any row is touched. */
export function assertInterviewStatusMoves(moves: {
  from: readonly InterviewStatus[];
  to: InterviewStatus;
}): void {
  const refused = moves.from.filter((from) => !canMoveInterviewStatus({ from, to: moves.to }));
  if (refused.length > 0) {
    throw new Error(`An interview may not move from ${refused.join(", ")} to ${moves.to}.`);
  }
}
