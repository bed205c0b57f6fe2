import { describe, expect, it, vi } from "vitest";
import { definePipelineFunction } from "./define-pipeline-function";
import { interviewCompleted } from "./events";

describe("definePipelineFunction", () => {
  it("gives onFailure the failed run's own event data out of Inngest's failure event", async () => {
    const onFailure = vi.fn(async (_data: { interviewId: string }, _error: unknown) => {});
    const { inngestFunction } = definePipelineFunction({
      id: "test-failing",
      trigger: interviewCompleted,
      handler: async () => undefined,
      onFailure,
    });
    // The SDK keeps the failure handler it registers as a function of its own.
    const registered = (inngestFunction as unknown as { onFailureFn: (ctx: unknown) => unknown })
      .onFailureFn;
    const error = new Error("retries spent");
    const interviewId = crypto.randomUUID();
    await registered({
      event: { name: "inngest/function.failed", data: { event: { data: { interviewId } } } },
      error,
    });
    expect(onFailure).toHaveBeenCalledWith({ interviewId }, error);
  });

  it("runs one event at a time in process unless Inngest batches it", () => {
    const handler = async () => undefined;
    const single = definePipelineFunction({
      id: "test-single",
      trigger: interviewCompleted,
      handler,
    });
    const batched = definePipelineFunction({
      id: "test-batched",
      trigger: interviewCompleted,
      batchEvents: { maxSize: 7, timeout: "1s" },
      handler,
    });
    expect([single.batchSize, batched.batchSize]).toEqual([1, 7]);
  });
});
