import "server-only";
import type { Interview, InterviewStatus } from "@/db/schema";
import { cancelScheduledReminders } from "@/lib/db/interview-reminders";
import { getInterviewById, transitionInterviewStatus } from "@/lib/db/interviews";
import { DomainError } from "@/lib/domain-error";

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
  if (started) {
    // Started: no reminder is wanted, and the encrypted links they held go now.
    await cancelScheduledReminders({ interviewId: started.id });
    return started;
  }
  return settleRace({ interview, accepted: ["in_progress"], action: "start" });
}

/** What a completion asks of the job layer: send this interview to evaluation (and tell its workspace). */
export type InterviewCompletion = { interviewId: string; companyId: string };

/**
 * in_progress → completed, the one place an interview completes (the candidate finishing, or the
 * time limit ending it); completing twice returns the interview as it is. `completion` is set only
 * for the one call that made the move: its caller announces it (`inngest/announce-completion.ts`).
 */
export async function completeInterview(
  interview: Interview,
): Promise<{ interview: Interview; completion: InterviewCompletion | null }> {
  if (doneStatuses.includes(interview.status)) return { interview, completion: null };
  const completed = await transitionInterviewStatus({
    id: interview.id,
    from: ["in_progress"],
    to: "completed",
    changes: { completedAt: new Date() },
  });
  if (completed) {
    await endRecordings({ interviewId: completed.id });
    return {
      interview: completed,
      completion: { interviewId: completed.id, companyId: completed.companyId },
    };
  }
  const current = await settleRace({ interview, accepted: doneStatuses, action: "complete" });
  return { interview: current, completion: null };
}

/**
 * The recordings end with the interview: the room's egress (if LiveKit records it), and a browser
 * recording the page left open (a reload, then Finish before the next one started). Loaded here,
 * once per interview: LiveKit's SDK and the WebM rewriter would otherwise load with every route
 * that may end an interview at its time limit (the token routes).
 */
async function endRecordings(options: { interviewId: string }) {
  const [{ stopInterviewEgress }, { completeOpenBrowserRecordings }] = await Promise.all([
    import("@/lib/media/egress-stop"),
    import("@/lib/recordings/start-browser-recording"),
  ]);
  await stopInterviewEgress(options);
  await completeOpenBrowserRecordings(options);
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
