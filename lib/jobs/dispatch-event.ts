import "server-only";
import { after } from "next/server";
import { inngest, isInngestConfigured } from "@/inngest/client";
import { describeError, redactError } from "@/lib/observability/redact-error";
import { getInProcessHandler } from "./in-process-handlers";
import type { PipelineContext, PipelineStep } from "./pipeline-context";
import { interviewIdOf, jobRunRecorder } from "./record-job-run";

const inProcessAttempts = 3;

type InProcessRun<TData> = {
  name: string;
  functionId: string;
  batch: TData[];
  handler: (context: PipelineContext<TData>) => Promise<unknown>;
  onFailure?: (data: TData, error: unknown) => Promise<void>;
};

/**
 * The one dispatcher: with Inngest configured the event goes to Inngest, which runs the function
 * with its retries; otherwise the same handler runs in this process after the response (Next's
 * `after`), or at once when there is no request (seed, scripts, tests).
 */
export async function dispatchEvent<TData>(options: { name: string; data: TData }): Promise<void> {
  await dispatchEvents({ name: options.name, data: [options.data] });
}

/**
 * Several events of one name. In process, a batched function gets them in batches of its size,
 * as Inngest would hand them over; any other function runs once per event.
 */
export async function dispatchEvents<TData>(options: { name: string; data: TData[] }) {
  if (options.data.length === 0) return;
  if (isInngestConfigured) {
    await inngest.send(
      options.data.map((data) => ({ name: options.name, data: data as Record<string, unknown> })),
    );
    return;
  }
  const { batchSize = 1, ...registered } = getInProcessHandler(options.name) as unknown as Omit<
    InProcessRun<TData>,
    "name" | "batch"
  > & { batchSize?: number };
  const runs: (() => Promise<unknown>)[] = [];
  for (let start = 0; start < options.data.length; start += batchSize) {
    const batch = options.data.slice(start, start + batchSize);
    runs.push(() => runWithRetries({ name: options.name, batch, ...registered }));
  }
  const work = async () => {
    for (const run of runs) await run();
  };
  try {
    after(work);
  } catch {
    await work();
  }
}

/**
 * Steps run here the way Inngest hands results back: through JSON, so a step's result looks the
 * same (dates as strings, no undefined) whichever engine ran it.
 */
const inProcessStep: PipelineStep = {
  async run(_id, fn) {
    const result = await fn();
    return result === undefined ? result : JSON.parse(JSON.stringify(result));
  },
  async sendEvent(_id, events) {
    for (const name of new Set(events.map((event) => event.name))) {
      const data = events.filter((event) => event.name === name).map((event) => event.data);
      await dispatchEvents({ name, data });
    }
    return undefined;
  },
};

async function runWithRetries<TData>(options: InProcessRun<TData>) {
  const events = options.batch.map((data) => ({ data }));
  const [event] = events;
  if (!event) return undefined;
  const runId = await jobRunRecorder.start({
    functionId: options.functionId,
    eventName: options.name,
    engine: "in-process",
    interviewId: interviewIdOf(event.data),
  });
  for (let attempt = 1; attempt <= inProcessAttempts; attempt++) {
    try {
      const result = await options.handler({ event, events, step: inProcessStep });
      if (runId) await jobRunRecorder.finish({ id: runId, status: "succeeded", attempts: attempt });
      return result;
    } catch (error) {
      if (attempt < inProcessAttempts) {
        await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
        continue;
      }
      console.error(`job ${options.name} failed after ${attempt} attempts`, redactError(error));
      if (runId) {
        await jobRunRecorder.finish({
          id: runId,
          status: "failed",
          attempts: attempt,
          error: describeError(error),
        });
      }
      for (const data of options.batch) {
        await options.onFailure?.(data, error).catch((failure: unknown) => {
          console.error(
            `job ${options.name}: recording the failure failed too`,
            redactError(failure),
          );
        });
      }
    }
  }
  return undefined;
}
