import "server-only";
import type { Interview } from "@/db/schema";
import { getInterviewLimitMinutes } from "@/lib/compliance/accommodations/apply-grant";
import { getInterviewById, listOverdueInterviewIds } from "@/lib/db/interviews";
import { DomainError } from "@/lib/domain-error";
import { env } from "@/lib/env.mjs";
import { describeError } from "@/lib/observability/redact-error";
import { completeInterview, type InterviewCompletion } from "./interview-lifecycle";
import {
  countSpendLimit,
  type SpendLimitCounter,
  spendLimitCounters,
} from "./spend-limit-counters";

const minuteMs = 60_000;
const sweepBatchSize = 100;

/**
 * Interviews that started before this have run past MAX_INTERVIEW_DURATION_MINUTES, scaled by a
 * granted accommodation (more time per answer, a break; docs/compliance.md).
 */
export function getTimeLimitCutoff(
  now = new Date(),
  grant: Interview["accommodationGrant"] = null,
): Date {
  const minutes = getInterviewLimitMinutes(env.MAX_INTERVIEW_DURATION_MINUTES, grant);
  return new Date(now.getTime() - minutes * minuteMs);
}

export function isInterviewOverdue(
  interview: Pick<Interview, "status" | "startedAt" | "accommodationGrant">,
  now = new Date(),
): boolean {
  return (
    interview.status === "in_progress" &&
    interview.startedAt !== null &&
    interview.startedAt <= getTimeLimitCutoff(now, interview.accommodationGrant)
  );
}

/**
 * Ends an interview left in progress past the time limit the way the candidate would: it is
 * completed with the answers saved so far. A candidate who comes back finds it completed (their
 * "finish" is a no-op) and reads the result. The completion is set for the one call that ended
 * it: that caller announces it (the job dispatcher sits above lib).
 */
export async function endOverdueInterview(
  interview: Interview,
  now = new Date(),
): Promise<InterviewCompletion | null> {
  if (!isInterviewOverdue(interview, now)) return null;
  const { completion } = await completeInterview(interview);
  if (completion) countSpendLimit(spendLimitCounters.endedAtTimeLimit);
  return completion;
}

/**
 * The refusal of a credential at the time limit. It carries the completion when this very request
 * ended the interview, so the route announces it (`withCompletionAnnounced`) and nobody else does.
 */
export class InterviewTimeLimitError extends DomainError {
  readonly completion: InterviewCompletion | null;

  constructor(completion: InterviewCompletion | null) {
    super({
      kind: "conflict",
      code: "interview_time_limit",
      message: `The interview ran past its ${env.MAX_INTERVIEW_DURATION_MINUTES}-minute limit and has ended; the answers saved so far are evaluated.`,
    });
    this.completion = completion;
  }
}

/**
 * Refuses media and speech credentials once an interview is over its time limit, ending it on the
 * spot (the sweep would otherwise do it within the hour). Counted for the operator page.
 */
export async function assertWithinTimeLimit(
  interview: Interview,
  options: { refusal: SpendLimitCounter; now?: Date },
): Promise<void> {
  if (!isInterviewOverdue(interview, options.now)) return;
  const completion = await endOverdueInterview(interview, options.now);
  countSpendLimit(options.refusal);
  throw new InterviewTimeLimitError(completion);
}

/**
 * The sweep: ends every interview over its time limit (the timer or the Inngest cron runs it,
 * and announces the completions).
 */
export async function endOverdueInterviews(
  options: { now?: Date } = {},
): Promise<{ completions: InterviewCompletion[] }> {
  const now = options.now ?? new Date();
  const completions: InterviewCompletion[] = [];
  for (;;) {
    const ids = await listOverdueInterviewIds({
      startedBefore: getTimeLimitCutoff(now),
      limit: sweepBatchSize,
    });
    let endedInBatch = 0;
    for (const id of ids) {
      const interview = await getInterviewById({ id });
      try {
        const completion = interview && (await endOverdueInterview(interview, now));
        if (completion) {
          completions.push(completion);
          endedInBatch += 1;
        }
      } catch (error) {
        // One interview that cannot move (a concurrent expire) must not stop the others.
        console.warn(`time limit: interview ${id} not ended:`, describeError(error));
      }
    }
    // A batch that moved nothing would be read again: stop instead of looping on it.
    if (ids.length < sweepBatchSize || endedInBatch === 0) return { completions };
  }
}
