import "server-only";
import { collectQueuedMail } from "@/lib/mail/queued-mail-collector";
import { describeError } from "@/lib/observability/redact-error";
import { dispatchAll } from "./dispatch";
import { mailQueued } from "./events";

/**
 * Starts the send job of each queued message. Never throws: the message is safely queued, and if
 * the dispatch is lost (Inngest unreachable) the maintenance sweep dispatches it again. In process
 * the sends run after the response (Next's `after`), so a slow or failing SMTP server never holds
 * or fails the request that queued them.
 */
export async function dispatchQueuedMail(messageIds: readonly string[]): Promise<void> {
  if (messageIds.length === 0) return;
  try {
    await dispatchAll(
      mailQueued,
      messageIds.map((messageId) => ({ messageId })),
    );
  } catch (error) {
    console.error(
      `mail: dispatching ${messageIds.length} queued message(s) failed; the sweep retries`,
      describeError(error),
    );
  }
}

/** Runs fn and then dispatches every message it queued (better-auth's mail callbacks, scripts). */
export async function withQueuedMailDispatched<T>(fn: () => Promise<T>): Promise<T> {
  const { result, messageIds } = await collectQueuedMail(fn);
  await dispatchQueuedMail(messageIds);
  return result;
}

/** A route handler whose queued mail is dispatched once it has answered. */
export function withMailDispatch<TArgs extends unknown[]>(
  handler: (...args: TArgs) => Promise<Response>,
): (...args: TArgs) => Promise<Response> {
  return (...args) => withQueuedMailDispatched(() => handler(...args));
}
