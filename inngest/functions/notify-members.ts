import "server-only";
import { collectQueuedMail } from "@/lib/mail/queued-mail-collector";
import { notifyMembers } from "@/lib/notifications/notify-members";
import { definePipelineFunction } from "../define-pipeline-function";
import { mailQueued, workspaceActivity } from "../events";

/**
 * Tells the position's hiring team and assigned evaluators that a report is ready or needs review:
 * a dashboard notice each, a mail for those who want one at once. A retry adds no notice and sends
 * no mail twice (both are recorded before the run returns).
 */
export const notifyMembersFunction = definePipelineFunction({
  id: "notify-members",
  trigger: workspaceActivity,
  retries: 3,
  handler: async ({ event, step }) => {
    const { result, messageIds } = await step.run("notify", () =>
      collectQueuedMail(() => notifyMembers(event.data)),
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
