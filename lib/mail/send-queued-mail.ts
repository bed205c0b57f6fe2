import "server-only";
import { describeSendError } from "./describe-send-error";
import { claimQueuedMessage, markMessageSent, markMessageUnsent } from "./email-messages";
import { getMailTransport, type MailTransport } from "./mail-transport";

/**
 * Attempts per message across every run, whichever engine retries: then it is failed for good.
 * The in-process engine makes three attempts per run; Inngest gets `retries: maxSendAttempts - 1`.
 */
export const maxSendAttempts = 3;

/** Thrown after a failed attempt; its message is already free of addresses and bodies. */
export class MailSendError extends Error {
  override name = "MailSendError";
}

export type SendOutcome = "sent" | "skipped";

/**
 * Sends one queued message at most once. The claim (queued → sending) lets one run through; a
 * retried or duplicated run finds the row taken and returns "skipped". A refused attempt puts the
 * row back to queued and throws, so the job retries; after `maxSendAttempts` the row is failed.
 */
export async function sendQueuedMail(options: {
  messageId: string;
  transport?: MailTransport;
}): Promise<SendOutcome> {
  const transport = options.transport ?? getMailTransport();
  const message = await claimQueuedMessage({ id: options.messageId });
  if (!message) return "skipped";
  try {
    await transport.send({
      to: message.toAddress,
      subject: message.subject,
      html: message.html ?? "",
      text: message.text ?? "",
    });
  } catch (error) {
    const reason = describeSendError(error);
    const isLastAttempt = message.attempts >= maxSendAttempts;
    await markMessageUnsent({
      id: message.id,
      status: isLastAttempt ? "failed" : "queued",
      error: `attempt ${message.attempts}: ${reason}`,
      keepContent: transport.mode === "embedded",
    });
    throw new MailSendError(
      `sending ${message.kind} failed (attempt ${message.attempts}): ${reason}`,
    );
  }
  // If the process dies right here the row stays `sending`: the sweep fails it, never resends.
  await markMessageSent({ id: message.id, keepContent: transport.mode === "embedded" });
  return "sent";
}
