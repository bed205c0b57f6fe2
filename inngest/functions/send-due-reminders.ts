import "server-only";
import { sendDueReminders } from "@/lib/invitations/send-reminder";
import { collectQueuedMail } from "@/lib/mail/queued-mail-collector";
import { definePipelineFunction } from "../define-pipeline-function";
import { mailQueued } from "../events";

/**
 * On Inngest, what the maintenance timer does in process: sends the reminders that are due, so one
 * whose planned event was lost still goes out (the durable sleeps normally send them first).
 */
export const sendDueRemindersFunction = definePipelineFunction({
  id: "send-due-reminders",
  cronSchedule: "*/10 * * * *",
  concurrency: { limit: 1 },
  handler: async ({ step }) => {
    const { result, messageIds } = await step.run("send-due", () =>
      collectQueuedMail(() => sendDueReminders()),
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
