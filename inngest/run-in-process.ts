import "server-only";
import { interviewIdOf, jobRunRecorder } from "@/lib/jobs/record-job-run";
import { describeError, redactError } from "@/lib/observability/redact-error";
import type { EventData, LoadedFunction } from "./function-manifest";
import type { PipelineStep } from "./pipeline-context";

const inProcessAttempts = 3;

/**
 * One run of one function on one batch, the way Inngest runs it: its own job-run row, its own
 * retries (with backoff), and its onFailure once they are spent. Never throws: a failed run is
 * recorded, and the other functions of the same event run regardless.
 */
export async function runInProcess(options: {
  eventName: string;
  fn: LoadedFunction;
  batch: EventData[];
  step: PipelineStep;
  /** The first retry waits twice this, the next four times. */
  retryDelayMs: number;
}) {
  const { eventName, fn, batch, step } = options;
  const events = batch.map((data) => ({ data }));
  const [event] = events;
  if (!event) return undefined;
  const runId = await jobRunRecorder.start({
    functionId: fn.id,
    eventName,
    engine: "in-process",
    interviewId: interviewIdOf(event.data),
  });
  for (let attempt = 1; attempt <= inProcessAttempts; attempt++) {
    try {
      const result = await fn.handler({ event, events, step });
      if (runId) await jobRunRecorder.finish({ id: runId, status: "succeeded", attempts: attempt });
      return result;
    } catch (error) {
      if (attempt < inProcessAttempts) {
        await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs * 2 ** attempt));
        continue;
      }
      console.error(
        `job ${fn.id} (${eventName}) failed after ${attempt} attempts`,
        redactError(error),
      );
      if (runId) {
        await jobRunRecorder.finish({
          id: runId,
          status: "failed",
          attempts: attempt,
          error: describeError(error),
        });
      }
      for (const data of batch) {
        await fn.onFailure?.(data, error).catch((failure: unknown) => {
          console.error(`job ${fn.id}: recording the failure failed too`, redactError(failure));
        });
      }
    }
  }
  return undefined;
}
