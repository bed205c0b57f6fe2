import "server-only";
import { collectQueuedMail } from "@/lib/mail/queued-mail-collector";
import { sendNoticeDigests } from "@/lib/notifications/send-notice-digests";
import { definePipelineFunction } from "../define-pipeline-function";
import { mailQueued } from "../events";

/** On Inngest, the members' daily digest at 08:00 UTC; in process the maintenance timer sends it. */
export const sendNoticeDigestsFunction = definePipelineFunction({
  id: "send-notice-digests",
  cronSchedule: "0 8 * * *",
  concurrency: { limit: 1 },
  handler: async ({ step }) => {
    const { result, messageIds } = await step.run("digest", () =>
      collectQueuedMail(() => sendNoticeDigests()),
    );
    if (messageIds.length > 0) {
      await step.sendEvent(
        "send-mail",
        messageIds.map((messageId) => mailQueued.create({ messageId })),
      );
    }
    return result;
  },
});
