import "server-only";
import type { EventType, StandardSchemaV1 } from "inngest";
import { after } from "next/server";
import { interviewIdOf, jobRunRecorder } from "@/lib/jobs/record-job-run";
import { describeError, redactError } from "@/lib/observability/redact-error";
import { inngest, isInngestConfigured } from "./client";
import type { PipelineFunction } from "./define-pipeline-function";
import { pipelineFunctions } from "./index";
import type { PipelineStep } from "./pipeline-context";

const inProcessAttempts = 3;

type EventData = Record<string, unknown>;
type AnyEventType = EventType<string, StandardSchemaV1<EventData> | undefined>;
/** The data an event type's schema accepts. */
type DataOf<TEvent extends AnyEventType> = Parameters<TEvent["create"]>[0];
type InProcessFunction = PipelineFunction<EventData>;

// The function each event starts, derived from the list Inngest serves: one wiring for both engines.
const inProcessFunctions = new Map(
  pipelineFunctions.flatMap((fn) =>
    fn.trigger ? [[fn.trigger.name, fn as unknown as InProcessFunction] as const] : [],
  ),
);

/**
 * The one dispatcher: with Inngest configured the event goes to Inngest, which runs the function
 * with its retries; otherwise the same handler runs in this process after the response (Next's
 * `after`), or at once when there is no request (seed, scripts, tests).
 */
export function dispatch<TEvent extends AnyEventType>(event: TEvent, data: DataOf<TEvent>) {
  return dispatchEvents({ name: event.name, data: [data as EventData] });
}

/**
 * Several events of one type. In process, a batched function gets them in batches of its size,
 * as Inngest would hand them over; any other function runs once per event.
 */
export function dispatchAll<TEvent extends AnyEventType>(event: TEvent, data: DataOf<TEvent>[]) {
  return dispatchEvents({ name: event.name, data: data as EventData[] });
}

async function dispatchEvents(options: { name: string; data: EventData[] }): Promise<void> {
  if (options.data.length === 0) return;
  if (isInngestConfigured) {
    await inngest.send(options.data.map((data) => ({ name: options.name, data })));
    return;
  }
  const fn = inProcessFunctions.get(options.name);
  if (!fn) throw new Error(`No pipeline function is triggered by ${options.name}.`);
  // Inngest checks event data against the trigger's schema before a run; so does this engine.
  const data = await Promise.all(options.data.map((item) => parseEventData(fn, item)));
  const runs: (() => Promise<unknown>)[] = [];
  for (let start = 0; start < data.length; start += fn.batchSize) {
    const batch = data.slice(start, start + fn.batchSize);
    runs.push(() => runWithRetries({ name: options.name, fn, batch }));
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

async function parseEventData(fn: InProcessFunction, data: EventData): Promise<EventData> {
  const schema = fn.trigger?.schema;
  if (!schema) return data;
  const result = await schema["~standard"].validate(data);
  if (!result.issues) return result.value;
  const problems = result.issues.map((issue) => issue.message).join("; ");
  throw new Error(`Invalid ${fn.trigger?.name} event data: ${problems}`);
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

async function runWithRetries(options: {
  name: string;
  fn: InProcessFunction;
  batch: EventData[];
}) {
  const { name, fn, batch } = options;
  const events = batch.map((data) => ({ data }));
  const [event] = events;
  if (!event) return undefined;
  const runId = await jobRunRecorder.start({
    functionId: fn.id,
    eventName: name,
    engine: "in-process",
    interviewId: interviewIdOf(event.data),
  });
  for (let attempt = 1; attempt <= inProcessAttempts; attempt++) {
    try {
      const result = await fn.handler({ event, events, step: inProcessStep });
      if (runId) await jobRunRecorder.finish({ id: runId, status: "succeeded", attempts: attempt });
      return result;
    } catch (error) {
      if (attempt < inProcessAttempts) {
        await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
        continue;
      }
      console.error(`job ${name} failed after ${attempt} attempts`, redactError(error));
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
          console.error(`job ${name}: recording the failure failed too`, redactError(failure));
        });
      }
    }
  }
  return undefined;
}
