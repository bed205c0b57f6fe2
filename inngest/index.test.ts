import { describe, expect, it } from "vitest";
import * as events from "./events";
import { functionManifest } from "./function-manifest";
import { functions, pipelineFunctions } from "./index";

const eventNames = Object.values(events).map((event) => event.name);

describe("the pipeline functions", () => {
  it("are all served to Inngest under the ids the job runs record", () => {
    expect(functions.map((fn) => fn.id()).sort()).toEqual([
      "collect-answer",
      "deliver-webhook",
      "embed-questions",
      "end-overdue-interviews",
      "evaluate-interview",
      "fan-out-webhooks",
      "generate-questions",
      "notify-members",
      "purge-expired-interviews",
      "replay-scoring",
      "send-due-reminders",
      "send-mail",
      "send-mail-sweep",
      "send-notice-digests",
      "send-reminder",
      "sweep-webhook-deliveries",
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

  it("are the functions the manifest names, with the same triggers, so dispatch cannot drift", async () => {
    expect(functionManifest.map((entry) => entry.id)).toEqual(pipelineFunctions.map((fn) => fn.id));
    for (const [index, entry] of functionManifest.entries()) {
      const definition = pipelineFunctions[index];
      expect(entry.trigger?.name, entry.id).toBe(definition?.trigger?.name);
      expect(await entry.load(), entry.id).toBe(definition);
    }
  });

  it("start every function subscribed to an event, on Inngest and in process alike", () => {
    for (const name of eventNames) {
      const onInngest = functions.filter((fn) =>
        (fn.opts.triggers ?? []).some((trigger: { event?: string }) => trigger.event === name),
      );
      const inProcess = functionManifest.filter((entry) => entry.trigger?.name === name);
      expect(inProcess.length, name).toBeGreaterThan(0);
      expect(onInngest.map((fn) => fn.id()).sort(), name).toEqual(
        inProcess.map((entry) => entry.id).sort(),
      );
    }
  });
});
