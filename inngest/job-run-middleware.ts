import "server-only";
import { Middleware } from "inngest";
import { interviewIdOf, jobRunRecorder } from "@/lib/jobs/record-job-run";
import { describeError } from "@/lib/observability/redact-error";

type RunContext = {
  runId: string;
  attempt: number;
  event: { name: string; data: unknown };
};

/**
 * Records every Inngest run in `job_runs`, so the operator page shows runs and failures whichever
 * engine ran them. Keyed by Inngest's run id: replays and retries update one row.
 */
export class JobRunMiddleware extends Middleware.BaseMiddleware {
  readonly id = "job-runs";

  async onRunStart({ ctx, fn }: Middleware.OnRunStartArgs) {
    const { runId, event } = ctx as unknown as RunContext;
    await jobRunRecorder.start({
      functionId: fn.opts.id,
      eventName: event.name,
      engine: "inngest",
      interviewId: interviewIdOf(event.data),
      externalRunId: runId,
    });
  }

  async onRunComplete({ ctx }: Middleware.OnRunCompleteArgs) {
    const { runId, attempt } = ctx as unknown as RunContext;
    await jobRunRecorder.finish({
      externalRunId: runId,
      status: "succeeded",
      attempts: attempt + 1,
    });
  }

  async onRunError({ ctx, error, isFinalAttempt }: Middleware.OnRunErrorArgs) {
    const { runId, attempt } = ctx as unknown as RunContext;
    const options = { externalRunId: runId, attempts: attempt + 1, error: describeError(error) };
    if (isFinalAttempt) await jobRunRecorder.finish({ ...options, status: "failed" });
    else await jobRunRecorder.retry(options);
  }
}
