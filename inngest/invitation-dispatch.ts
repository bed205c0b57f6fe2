import "server-only";
import { collectPlannedReminders } from "@/lib/invitations/planned-reminders-collector";
import { describeError } from "@/lib/observability/redact-error";
import { dispatchAll } from "./dispatch";
import { reminderPlanned } from "./events";
import { isInngestConfigured } from "./inngest-configured";
import { withQueuedMailDispatched } from "./mail-dispatch";

/**
 * A route handler that invites candidates: once it has answered, the invitations it queued are
 * sent, and on Inngest each planned reminder gets its durable sleep. In process the maintenance
 * timer sends due reminders instead (a sleep there would not survive a restart).
 */
export function withInvitationDispatch<TArgs extends unknown[]>(
  handler: (...args: TArgs) => Promise<Response>,
): (...args: TArgs) => Promise<Response> {
  return async (...args) => {
    const { result, reminders } = await collectPlannedReminders(() =>
      withQueuedMailDispatched(() => handler(...args)),
    );
    if (isInngestConfigured && reminders.length > 0) {
      try {
        await dispatchAll(
          reminderPlanned,
          reminders.map((reminder) => ({
            interviewId: reminder.interviewId,
            reminderId: reminder.id,
            dueAt: reminder.dueAt.toISOString(),
          })),
        );
      } catch (error) {
        // The rows are planned: the send-due-reminders schedule sends them when due.
        console.error(
          `reminders: dispatching ${reminders.length} planned reminder(s) failed`,
          describeError(error),
        );
      }
    }
    return result;
  };
}
