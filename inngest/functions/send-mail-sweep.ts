import "server-only";
import { sweepStuckMail } from "@/lib/mail/sweep-stuck-mail";
import { definePipelineFunction } from "../define-pipeline-function";
import { mailQueued } from "../events";

/**
 * On Inngest, what the maintenance timer does in process: sends again the messages whose dispatch
 * was lost, and fails those a dead process left mid-send (never resent: at most once).
 */
export const sendMailSweepFunction = definePipelineFunction({
  id: "send-mail-sweep",
  cronSchedule: "*/10 * * * *",
  concurrency: { limit: 1 },
  handler: async ({ step }) => {
    const { redispatch, failed } = await step.run("sweep", () => sweepStuckMail());
    if (redispatch.length > 0) {
      await step.sendEvent(
        "send-again",
        redispatch.map((messageId) => mailQueued.create({ messageId })),
      );
    }
    return { redispatched: redispatch.length, failed };
  },
});
