import "server-only";
import type { Interview, InterviewStatus } from "@/db/schema";
import { getInterviewById, transitionInterviewStatus } from "@/lib/db/interviews";
import { DomainError } from "@/lib/domain-error";
import { stopInterviewEgress } from "@/lib/media/egress-stop";
import { completeOpenBrowserRecordings } from "@/lib/recordings/start-browser-recording";

const doneStatuses: readonly InterviewStatus[] = ["completed", "evaluating", "evaluated"];

/** invited → in_progress; starting again while in progress is a no-op, so a reload is safe. */
export async function startInterview(interview: Interview): Promise<Interview> {
  if (interview.status === "in_progress") return interview;
  const started = await transitionInterviewStatus({
    id: interview.id,
    from: ["invited"],
    to: "in_progress",
    changes: { startedAt: new Date() },
  });
  if (started) return started;
  return settleRace({ interview, accepted: ["in_progress"], action: "start" });
}

/**
 * in_progress → completed; completing twice returns the interview as it is. `didComplete` is true
 * only for the one request that made the move, which is the one that starts the evaluation.
 */
export async function completeInterview(
  interview: Interview,
): Promise<{ interview: Interview; didComplete: boolean }> {
  if (doneStatuses.includes(interview.status)) return { interview, didComplete: false };
  const completed = await transitionInterviewStatus({
    id: interview.id,
    from: ["in_progress"],
    to: "completed",
    changes: { completedAt: new Date() },
  });
  if (completed) {
    // The recordings end with the interview: the room's egress (if LiveKit records it), and a
    // browser recording the page left open (a reload, then Finish before the next one started).
    await stopInterviewEgress({ interviewId: completed.id });
    await completeOpenBrowserRecordings({ interviewId: completed.id });
    return { interview: completed, didComplete: true };
  }
  const current = await settleRace({ interview, accepted: doneStatuses, action: "complete" });
  return { interview: current, didComplete: false };
}

/** The conditional update lost: a concurrent request may already have done the same move. */
async function settleRace(options: {
  interview: Interview;
  accepted: readonly InterviewStatus[];
  action: string;
}): Promise<Interview> {
  const current = (await getInterviewById({ id: options.interview.id })) ?? options.interview;
  if (options.accepted.includes(current.status)) return current;
  throw conflict(current.status, options.action);
}

function conflict(status: InterviewStatus, action: string): DomainError {
  return new DomainError({
    kind: "conflict",
    message: `Cannot ${action} an interview whose status is "${status}".`,
  });
}
