import "server-only";

/**
 * The part of Inngest's handler context our functions use. Inngest provides it when it runs a
 * function; the in-process dispatcher provides the same shape, so each pipeline step has one body.
 */
export type PipelineStep = {
  run: <T>(id: string, fn: () => Promise<T>) => Promise<T>;
  sendEvent: (
    id: string,
    events: { name: string; data: Record<string, unknown> }[],
  ) => Promise<unknown>;
  /** Inngest's durable sleep; absent in process, where a timer does the waiting instead. */
  sleepUntil?: (id: string, time: Date) => Promise<void>;
};

export type PipelineContext<TData> = {
  event: { data: TData };
  /** Every event of the run: the batch for batched functions, else just `event`. */
  events: { data: TData }[];
  step: PipelineStep;
};
