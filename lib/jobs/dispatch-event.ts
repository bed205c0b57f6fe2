import "server-only";
import { after } from "next/server";
import { inngest, isInngestConfigured } from "@/inngest/client";
import { getInProcessHandler } from "./in-process-handlers";
import type { PipelineContext, PipelineStep } from "./pipeline-context";

const inProcessAttempts = 3;

type InProcessRun<TData> = {
  name: string;
  data: TData;
  handler: (context: PipelineContext<TData>) => Promise<unknown>;
  onFailure?: (data: TData, error: unknown) => Promise<void>;
};

/**
 * The one dispatcher: with Inngest configured the event goes to Inngest, which runs the function
 * with its retries; otherwise the same handler runs in this process after the response (Next's
 * `after`), or at once when there is no request (seed, scripts, tests).
 */
export async function dispatchEvent<TData>(options: { name: string; data: TData }): Promise<void> {
  if (isInngestConfigured) {
    await inngest.send({ name: options.name, data: options.data as Record<string, unknown> });
    return;
  }
  const registered = getInProcessHandler(options.name) as unknown as Omit<
    InProcessRun<TData>,
    "name" | "data"
  >;
  const work = () => runWithRetries({ ...options, ...registered });
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
    for (const event of events) await dispatchEvent(event);
    return undefined;
  },
};

async function runWithRetries<TData>(options: InProcessRun<TData>) {
  for (let attempt = 1; attempt <= inProcessAttempts; attempt++) {
    try {
      return await options.handler({ event: { data: options.data }, step: inProcessStep });
    } catch (error) {
      if (attempt < inProcessAttempts) {
        await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
        continue;
      }
      console.error(`job ${options.name} failed after ${attempt} attempts`, error);
      await options.onFailure?.(options.data, error).catch((failure: unknown) => {
        console.error(`job ${options.name}: recording the failure failed too`, failure);
      });
    }
  }
  return undefined;
}
