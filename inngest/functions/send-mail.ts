import "server-only";
import { sendQueuedMail } from "@/lib/mail/send-queued-mail";
import { giveUpOnMail } from "@/lib/mail/sweep-stuck-mail";
import { describeError } from "@/lib/observability/redact-error";
import { definePipelineFunction } from "../define-pipeline-function";
import { mailQueued } from "../events";

/**
 * Sends one queued message, at most once: the row is claimed before the send, so a retry or a
 * duplicated event finds it taken and skips. A refused send throws and is retried.
 */
export const sendMailFunction = definePipelineFunction({
  id: "send-mail",
  trigger: mailQueued,
  // maxSendAttempts in all: the row's own count decides the last one, whichever engine retries.
  retries: 2,
  handler: ({ event, step }) =>
    step.run("send", async () => ({
      outcome: await sendQueuedMail({ messageId: event.data.messageId }),
    })),
  onFailure: (data, error) =>
    giveUpOnMail({ messageId: data.messageId, error: `gave up: ${describeError(error)}` }),
});
