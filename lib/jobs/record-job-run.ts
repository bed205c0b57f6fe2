import "server-only";
import { finishJobRun, recordJobRetry, startJobRun } from "@/lib/db/job-runs";
import { redactError } from "@/lib/observability/redact-error";

// Recording a run is bookkeeping: when it fails, the job itself must still run and finish.
async function bestEffort<T>(what: string, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    console.error(`job runs: ${what} failed`, redactError(error));
    return undefined;
  }
}

/** The interview a run concerns, when its event names one. */
export function interviewIdOf(data: unknown): string | null {
  const event = data as { interviewId?: unknown; type?: unknown } | null;
  // The news of an erase concerns an interview that is gone: filed under it, its runs would keep
  // the id the erase leaves only in its audit row.
  if (event?.type === "candidate.erased") return null;
  const value = event?.interviewId;
  return typeof value === "string" ? value : null;
}

export const jobRunRecorder = {
  start: (options: Parameters<typeof startJobRun>[0]) =>
    bestEffort("recording a start", () => startJobRun(options)),
  finish: (options: Parameters<typeof finishJobRun>[0]) =>
    bestEffort("recording an end", () => finishJobRun(options)),
  retry: (options: Parameters<typeof recordJobRetry>[0]) =>
    bestEffort("recording a retry", () => recordJobRetry(options)),
};
