import { describe, expect, it } from "vitest";
import * as events from "./events";
import { functions, pipelineFunctions } from "./index";

const eventNames = Object.values(events).map((event) => event.name);

describe("the pipeline functions", () => {
  it("are all served to Inngest under the ids the job runs record", () => {
    expect(functions.map((fn) => fn.id()).sort()).toEqual([
      "collect-answer",
      "embed-questions",
      "end-overdue-interviews",
      "evaluate-interview",
      "generate-questions",
      "purge-expired-interviews",
    ]);
    for (const definition of pipelineFunctions) {
      const { id, batchEvents, idempotency, retries, concurrency } =
        definition.inngestFunction.opts;
      expect({ id, batchEvents, idempotency, retries, concurrency }).toEqual({
        id: definition.id,
        batchEvents: definition.batchEvents,
        idempotency: definition.idempotency,
        retries: definition.retries,
        concurrency: definition.concurrency,
      });
    }
  });

  it("give every event exactly one function to run it, on Inngest and in process alike", () => {
    for (const name of eventNames) {
      const started = pipelineFunctions.filter((fn) => fn.trigger?.name === name);
      expect(started, name).toHaveLength(1);
      const [definition] = started;
      const inngestTriggers = definition?.inngestFunction.opts.triggers ?? [];
      expect(inngestTriggers, name).toContainEqual(expect.objectContaining({ name }));
    }
  });
});
