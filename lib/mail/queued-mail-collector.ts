import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

// lib never dispatches jobs (dependencies run app → inngest → lib): code that queues mail deep
// inside a library (better-auth's callbacks) notes the ids here, and the caller above dispatches.
const collector = new AsyncLocalStorage<string[]>();

/** Runs fn and returns, with its result, the ids of every message queued while it ran. */
export async function collectQueuedMail<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; messageIds: string[] }> {
  const messageIds: string[] = [];
  const result = await collector.run(messageIds, fn);
  return { result, messageIds };
}

/**
 * Notes a queued message for the enclosing collectQueuedMail. Outside one, nobody dispatches it
 * now: it waits for the sweep of messages left queued, and the warning names the missing wrapper.
 */
export function noteQueuedMail(messageId: string): void {
  const store = collector.getStore();
  if (store) {
    store.push(messageId);
    return;
  }
  console.warn(
    `mail: message ${messageId} was queued outside collectQueuedMail; it is sent only at the next sweep (wrap the caller in withQueuedMailDispatched)`,
  );
}
