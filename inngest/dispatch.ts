import "server-only";
import { after } from "next/server";
import {
  type AnyEventType,
  type EventData,
  type FunctionManifestEntry,
  functionManifest,
} from "./function-manifest";
import { isInngestConfigured } from "./inngest-configured";
import type { PipelineStep } from "./pipeline-context";
import { runInProcess } from "./run-in-process";

/** The data an event type's schema accepts. */
type DataOf<TEvent extends AnyEventType> = Parameters<TEvent["create"]>[0];

/**
 * Sends events by name and data. With Inngest configured they go to Inngest, which runs every
 * function subscribed to them with its retries; otherwise this process does the same: each
 * subscribed function runs (its body loaded on first use) after the response (Next's `after`), or
 * at once when there is no request (seed, scripts, tests).
 */
export function createDispatcher(options: {
  manifest: readonly FunctionManifestEntry[];
  retryDelayMs?: number;
}) {
  const retryDelayMs = options.retryDelayMs ?? 200;

  /**
   * Steps run here the way Inngest hands results back: through JSON, so a step's result looks
   * the same (dates as strings, no undefined) whichever engine ran it.
   */
  const step: PipelineStep = {
    async run(_id, fn) {
      const result = await fn();
      return result === undefined ? result : JSON.parse(JSON.stringify(result));
    },
    async sendEvent(_id, events) {
      await sendEvents(events);
      return undefined;
    },
  };

  /** Events already made (`eventType.create`), of one or more types. */
  async function sendEvents(events: readonly { name: string; data: EventData }[]) {
    for (const name of new Set(events.map((event) => event.name))) {
      const data = events.filter((event) => event.name === name).map((event) => event.data);
      await dispatchEvents({ name, data });
    }
  }

  async function dispatchEvents(event: { name: string; data: EventData[] }): Promise<void> {
    if (event.data.length === 0) return;
    if (isInngestConfigured) {
      // Loaded only here: a server without Inngest never loads its SDK to send an event.
      const { inngest } = await import("./client");
      await inngest.send(event.data.map((data) => ({ name: event.name, data })));
      return;
    }
    const subscribers = options.manifest.filter((entry) => entry.trigger?.name === event.name);
    if (subscribers.length === 0)
      throw new Error(`No pipeline function is triggered by ${event.name}.`);
    // Inngest checks event data against the trigger's schema before a run; so does this engine,
    // before the response, so a bad event fails the request that sent it.
    const runs = await Promise.all(
      subscribers.map(async (entry) => ({
        entry,
        data: await Promise.all(event.data.map((data) => parseEventData(entry, data))),
      })),
    );
    const work = () =>
      Promise.all(runs.map((run) => runSubscriber({ eventName: event.name, ...run })));
    try {
      after(work);
    } catch {
      await work();
    }
  }

  /** One subscribed function: a batched one gets the events in batches of its size, as on Inngest. */
  async function runSubscriber(run: {
    eventName: string;
    entry: FunctionManifestEntry;
    data: EventData[];
  }) {
    const fn = await run.entry.load();
    for (let start = 0; start < run.data.length; start += fn.batchSize) {
      const batch = run.data.slice(start, start + fn.batchSize);
      await runInProcess({ eventName: run.eventName, fn, batch, step, retryDelayMs });
    }
  }

  return {
    dispatch<TEvent extends AnyEventType>(event: TEvent, data: DataOf<TEvent>) {
      return dispatchEvents({ name: event.name, data: [data as EventData] });
    },
    /** Several events of one type at once (each subscribed function batches them if it batches). */
    dispatchAll<TEvent extends AnyEventType>(event: TEvent, data: DataOf<TEvent>[]) {
      return dispatchEvents({ name: event.name, data: data as EventData[] });
    },
    sendEvents,
  };
}

async function parseEventData(entry: FunctionManifestEntry, data: EventData): Promise<EventData> {
  const schema = entry.trigger?.schema;
  if (!schema) return data;
  const result = await schema["~standard"].validate(data);
  if (!result.issues) return result.value;
  const problems = result.issues.map((issue) => issue.message).join("; ");
  throw new Error(`Invalid ${entry.trigger?.name} event data: ${problems}`);
}

/** The one dispatcher of the app, over every pipeline function. */
export const { dispatch, dispatchAll, sendEvents } = createDispatcher({
  manifest: functionManifest,
});
