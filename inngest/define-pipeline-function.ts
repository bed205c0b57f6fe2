import "server-only";
import { cron, type EventType, type InngestFunction, type StandardSchemaV1 } from "inngest";
import { inngest } from "./client";
import type { PipelineContext } from "./pipeline-context";

type EventSchema<TData> = StandardSchemaV1<TData & Record<string, unknown>>;

type InngestOptions = Pick<
  InngestFunction.Options,
  "batchEvents" | "concurrency" | "idempotency" | "retries"
>;

/** One pipeline function, written once for both engines. */
export type PipelineFunctionDefinition<TData> = InngestOptions & {
  /** The function id (its file name), as Inngest and the job runs know it. */
  id: string;
  /** The event that starts it on either engine. */
  trigger?: EventType<string, EventSchema<TData>>;
  /** An Inngest schedule; in process the maintenance timer does this work instead. */
  cronSchedule?: string;
  handler: (context: PipelineContext<TData>) => Promise<unknown>;
  /** Runs once the retries are spent, with the data of the event that failed. */
  onFailure?: (data: TData, error: unknown) => Promise<void>;
};

/** The part of Inngest's `inngest/function.failed` context that onFailure needs. */
type InngestFailure<TData> = { event: { data: { event: { data: TData } } }; error: Error };

export type PipelineFunction<TData> = PipelineFunctionDefinition<TData> & {
  /** What `serve()` registers with Inngest. */
  inngestFunction: InngestFunction.Any;
  /** The most events one run receives: Inngest's batch size, else one. */
  batchSize: number;
};

/** Turns one definition into its Inngest function and the entry the in-process dispatcher runs. */
export function definePipelineFunction<TData>(
  definition: PipelineFunctionDefinition<TData>,
): PipelineFunction<TData> {
  const { id, trigger, cronSchedule, handler, onFailure, ...options } = definition;
  const triggers = [...(trigger ? [trigger] : []), ...(cronSchedule ? [cron(cronSchedule)] : [])];
  const inngestFunction = inngest.createFunction(
    {
      id,
      triggers,
      ...options,
      ...(onFailure && {
        // Inngest hands over its failure event; the failed run's own event is inside it.
        onFailure: ({ event, error }: InngestFailure<TData>) =>
          onFailure(event.data.event.data, error),
      }),
    },
    handler,
  );
  return {
    ...definition,
    inngestFunction,
    batchSize: options.batchEvents?.maxSize ?? 1,
  };
}
