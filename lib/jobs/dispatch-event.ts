import "server-only";
import { after } from "next/server";
import { inngest, isInngestConfigured } from "@/inngest/client";
import { inProcessStep } from "./in-process-step";
import type { PipelineContext } from "./pipeline-context";

const inProcessAttempts = 3;

/**
 * The one dispatcher: with Inngest configured the event goes to Inngest, which runs the function
 * with its retries; otherwise the same handler runs in this process after the response (Next's
 * `after`), or at once when there is no request (seed, scripts, tests).
 */
export async function dispatchEvent<TData>(options: {
  name: string;
  data: TData;
  handler: (context: PipelineContext<TData>) => Promise<unknown>;
}): Promise<void> {
  if (isInngestConfigured) {
    await inngest.send({ name: options.name, data: options.data as Record<string, unknown> });
    return;
  }
  const work = () => runWithRetries(options);
  try {
    after(work);
  } catch {
    await work();
  }
}

async function runWithRetries<TData>(options: {
  name: string;
  data: TData;
  handler: (context: PipelineContext<TData>) => Promise<unknown>;
}) {
  for (let attempt = 1; attempt <= inProcessAttempts; attempt++) {
    try {
      return await options.handler({ event: { data: options.data }, step: inProcessStep });
    } catch (error) {
      if (attempt === inProcessAttempts) {
        console.error(`job ${options.name} failed after ${attempt} attempts`, error);
        return undefined;
      }
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
    }
  }
}
