import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { eventType } from "inngest";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { getDb } from "@/db/client";
import { jobRuns } from "@/db/schema";
import { definePipelineFunction } from "./define-pipeline-function";
import { createDispatcher } from "./dispatch";
import type { FunctionManifestEntry, LoadedFunction } from "./function-manifest";

// Two test-only functions on one event, as a thank-you email and the evaluation would both hang
// on interview/completed: each must run, whichever engine runs them.
const noteTaken = eventType("test/note.taken", {
  schema: z.object({ note: z.string(), interviewId: z.uuid().optional() }),
});

function defineSubscribers() {
  const calls = { thank: [] as string[][], audit: [] as string[][], auditFailed: [] as string[] };
  const auditFails = { value: false };
  const thank = definePipelineFunction({
    id: "test-thank-candidate",
    trigger: noteTaken,
    handler: async ({ events, step }) => {
      const notes = await step.run("thank", async () => events.map((event) => event.data.note));
      calls.thank.push(notes);
      return { thanked: notes };
    },
  });
  const audit = definePipelineFunction({
    id: "test-audit-notes",
    trigger: noteTaken,
    batchEvents: { maxSize: 2, timeout: "1s" },
    handler: async ({ events }) => {
      calls.audit.push(events.map((event) => event.data.note));
      if (auditFails.value) throw new Error("audit store is down");
      return { audited: events.length };
    },
    onFailure: async (data) => {
      calls.auditFailed.push(data.note);
    },
  });
  const asEntry = (fn: typeof thank): FunctionManifestEntry => ({
    id: fn.id,
    trigger: noteTaken,
    load: async () => fn as unknown as LoadedFunction,
  });
  const { dispatch, dispatchAll } = createDispatcher({
    manifest: [asEntry(thank), asEntry(audit)],
    retryDelayMs: 0,
  });
  return { thank, audit, calls, auditFails, dispatch, dispatchAll };
}

async function runsOf(interviewId: string) {
  const db = await getDb();
  const rows = await db.select().from(jobRuns).where(eq(jobRuns.interviewId, interviewId));
  return rows.map(({ functionId, engine, status, attempts }) => ({
    functionId,
    engine,
    status,
    attempts,
  }));
}

describe("one event, two subscribed functions", () => {
  it("runs both in process, each with its own job-run row", async () => {
    const { calls, dispatch } = defineSubscribers();
    const interviewId = crypto.randomUUID();
    await dispatch(noteTaken, { note: "done", interviewId });
    expect(calls.thank).toEqual([["done"]]);
    expect(calls.audit).toEqual([["done"]]);
    expect(await runsOf(interviewId)).toEqual(
      expect.arrayContaining([
        {
          functionId: "test-thank-candidate",
          engine: "in-process",
          status: "succeeded",
          attempts: 1,
        },
        { functionId: "test-audit-notes", engine: "in-process", status: "succeeded", attempts: 1 },
      ]),
    );
    expect(await runsOf(interviewId)).toHaveLength(2);
  });

  it("gives each function its own batches, retries and onFailure: one failing leaves the other done", async () => {
    const { calls, auditFails, dispatchAll } = defineSubscribers();
    auditFails.value = true;
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const interviewId = crypto.randomUUID();
    await dispatchAll(noteTaken, [
      { note: "a", interviewId },
      { note: "b", interviewId },
      { note: "c", interviewId },
    ]);
    error.mockRestore();
    // One event a run for the unbatched function; batches of two, three attempts each, for the other.
    expect(calls.thank).toEqual([["a"], ["b"], ["c"]]);
    expect(calls.audit).toEqual([["a", "b"], ["a", "b"], ["a", "b"], ["c"], ["c"], ["c"]]);
    expect(calls.auditFailed).toEqual(["a", "b", "c"]);
    const runs = await runsOf(interviewId);
    expect(runs.filter((run) => run.functionId === "test-thank-candidate")).toEqual(
      Array(3).fill({
        functionId: "test-thank-candidate",
        engine: "in-process",
        status: "succeeded",
        attempts: 1,
      }),
    );
    expect(runs.filter((run) => run.functionId === "test-audit-notes")).toEqual(
      Array(2).fill({
        functionId: "test-audit-notes",
        engine: "in-process",
        status: "failed",
        attempts: 3,
      }),
    );
  });

  it("refuses an event its subscribers' schema rejects, before either runs", async () => {
    const { calls, dispatch } = defineSubscribers();
    await expect(dispatch(noteTaken, { note: 7 } as never)).rejects.toThrow(
      "Invalid test/note.taken event data",
    );
    expect([calls.thank, calls.audit]).toEqual([[], []]);
  });

  it("runs both on the Inngest test engine, each recorded as an Inngest run", async () => {
    const { thank, audit, calls } = defineSubscribers();
    const interviewId = crypto.randomUUID();
    const event = noteTaken.create({ note: "on inngest", interviewId });
    // Inngest starts every served function whose trigger is the event's name.
    const subscribed = [thank, audit].filter((fn) =>
      fn.inngestFunction.opts.triggers?.some(
        (trigger: { event?: string }) => trigger.event === event.name,
      ),
    );
    expect(subscribed.map((fn) => fn.id)).toEqual(["test-thank-candidate", "test-audit-notes"]);
    const results = [];
    for (const fn of subscribed) {
      results.push(
        (await new InngestTestEngine({ function: fn.inngestFunction, events: [event] }).execute())
          .result,
      );
    }
    expect(results).toEqual([{ thanked: ["on inngest"] }, { audited: 1 }]);
    expect(calls.audit).toEqual([["on inngest"]]);
    expect(await runsOf(interviewId)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ functionId: "test-thank-candidate", engine: "inngest" }),
        expect.objectContaining({ functionId: "test-audit-notes", engine: "inngest" }),
      ]),
    );
  });
});
