import "server-only";
import { sendDueReminders } from "@/lib/invitations/send-reminder";
import { definePipelineFunction } from "../define-pipeline-function";
import { withQueuedMailDispatched } from "../mail-dispatch";

/**
 * On Inngest, what the maintenance timer does in process: sends the reminders that are due, so one
 * whose planned event was lost still goes out (the durable sleeps normally send them first).
 */
export const sendDueRemindersFunction = definePipelineFunction({
  id: "send-due-reminders",
  cronSchedule: "*/10 * * * *",
  concurrency: { limit: 1 },
  handler: ({ step }) =>
    step.run("send-due", () => withQueuedMailDispatched(() => sendDueReminders())),
});
