import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { jobRuns, questionBank } from "@/db/schema";
import { countJobRunsByFunction, listJobRuns } from "@/lib/db/job-runs";
import { createTenant } from "@/tests/support/factories";
import { inngest } from "./client";
import { dispatch } from "./dispatch";
import { questionBankEmbedRequested } from "./events";
import { embedQuestionsFunction } from "./functions/embed-questions";
import { JobRunMiddleware } from "./job-run-middleware";

const embed = vi.hoisted(() => ({ fail: false }));
vi.mock("@/lib/ai/get-ai-provider", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/ai/get-ai-provider")>();
  return {
    getAiProvider: () => {
      const provider = original.getAiProvider();
      return {
        ...provider,
        embed: (texts: string[]) =>
          embed.fail ? Promise.reject(new Error("embeddings are down")) : provider.embed(texts),
      };
    },
  };
});

describe("job runs", () => {
  it("records an in-process run that succeeded and one that failed, with the reason", async () => {
    await createTenant();
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    embed.fail = false;
    await dispatch(questionBankEmbedRequested, { reason: "ok run" });
    // Something left to embed, so the failing provider is called.
    await (await getDb()).update(questionBank).set({ embedding: null });
    embed.fail = true;
    await dispatch(questionBankEmbedRequested, { reason: "bad run" });
    embed.fail = false;
    error.mockRestore();

    const [failed, succeeded] = await listJobRuns({ limit: 2 });
    expect(succeeded).toMatchObject({
      functionId: "embed-questions",
      eventName: questionBankEmbedRequested.name,
      engine: "in-process",
      status: "succeeded",
      attempts: 1,
      error: null,
    });
    expect(failed).toMatchObject({ status: "failed", attempts: 3, error: "embeddings are down" });
    expect(failed?.finishedAt).toBeInstanceOf(Date);
    expect(await listJobRuns({ limit: 10, status: "failed" })).toContainEqual(failed);
    expect(await countJobRunsByFunction()).toEqual(
      expect.arrayContaining([
        { functionId: "embed-questions", status: "failed", count: expect.any(Number) },
        { functionId: "embed-questions", status: "succeeded", count: expect.any(Number) },
      ]),
    );
  }, 20_000);

  it("records a run that Inngest executes", async () => {
    await createTenant();
    await new InngestTestEngine({
      function: embedQuestionsFunction.inngestFunction,
      events: [questionBankEmbedRequested.create({ reason: "inngest run" })],
    }).execute();
    const [run] = await listJobRuns({ limit: 1 });
    expect(run).toMatchObject({ engine: "inngest", functionId: "embed-questions" });
    expect(run?.externalRunId).toEqual(expect.any(String));
  });

  it("keeps one row per Inngest run through retries, ending failed with the last reason", async () => {
    // The test engine gives every request of a run a new run id, so the hooks are driven directly
    // with one run id, in the order Inngest calls them.
    const middleware = new JobRunMiddleware({ client: inngest });
    const fn = { opts: { id: "evaluate-interview" } };
    const ctx = (attempt: number) => ({
      runId: `run-${crypto.randomUUID()}`.slice(0, 30),
      attempt,
      event: { name: "interview/completed", data: { interviewId: crypto.randomUUID() } },
    });
    const first = ctx(0);
    const hook = <T>(value: T) => value as never;
    await middleware.onRunStart(hook({ ctx: first, fn }));
    await middleware.onRunError(
      hook({ ctx: first, fn, error: new Error("model timed out"), isFinalAttempt: false }),
    );
    const db = await getDb();
    const read = () => db.select().from(jobRuns).where(eq(jobRuns.externalRunId, first.runId));
    expect(await read()).toEqual([
      expect.objectContaining({ status: "running", attempts: 1, error: "model timed out" }),
    ]);
    const last = { ...first, attempt: 3 };
    await middleware.onRunError(
      hook({ ctx: last, fn, error: new Error("model refused"), isFinalAttempt: true }),
    );
    expect(await read()).toEqual([
      expect.objectContaining({
        status: "failed",
        attempts: 4,
        error: "model refused",
        interviewId: first.event.data.interviewId,
      }),
    ]);

    const other = ctx(0);
    await middleware.onRunStart(hook({ ctx: other, fn }));
    await middleware.onRunComplete(hook({ ctx: { ...other, attempt: 1 }, fn, output: null }));
    const [done] = await db.select().from(jobRuns).where(eq(jobRuns.externalRunId, other.runId));
    expect(done).toMatchObject({ status: "succeeded", attempts: 2 });
  });
});
