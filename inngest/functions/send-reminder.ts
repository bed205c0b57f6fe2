import "server-only";
import { sendReminder } from "@/lib/invitations/send-reminder";
import { collectQueuedMail } from "@/lib/mail/queued-mail-collector";
import { definePipelineFunction } from "../define-pipeline-function";
import { mailQueued, reminderPlanned } from "../events";

/**
 * One planned reminder on Inngest: a durable sleep until it is due, then its send. The send claims
 * the row only while the interview is still invited on the same link and not opted out, so a
 * sleep that wakes after the start, an expiry, a re-issue or an opt-out does nothing, and a retry
 * never mails twice. In process there is no durable sleep: the maintenance timer sends due rows.
 */
export const sendReminderFunction = definePipelineFunction({
  id: "send-reminder",
  trigger: reminderPlanned,
  retries: 3,
  handler: async ({ event, step }) => {
    if (!step.sleepUntil) return { outcome: "left to the maintenance timer" };
    await step.sleepUntil("until-due", new Date(event.data.dueAt));
    const { result, messageIds } = await step.run("send", () =>
      collectQueuedMail(() => sendReminder({ reminderId: event.data.reminderId })),
    );
    if (messageIds.length > 0) {
      await step.sendEvent(
        "send-mail",
        messageIds.map((messageId) => mailQueued.create({ messageId })),
      );
    }
    return { outcome: result };
  },
});
