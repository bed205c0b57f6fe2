import "server-only";
import {
  failInterruptedMessages,
  failQueuedMessages,
  listStaleQueuedMessageIds,
} from "./email-messages";
import { getMailMode } from "./mail-mode";

const minuteMs = 60_000;
// Long enough that a message whose dispatch is merely running late is not dispatched twice (the
// claim would still send it once), short enough that a reset link (1 hour) is still worth sending.
const lostDispatchAfterMs = 5 * minuteMs;
// A message queued a day ago holds links that have expired or been replaced: sending it now helps
// nobody.
const tooLateAfterMs = 24 * 60 * minuteMs;
// Longer than any attempt (SMTP timeouts stop one within a minute) and Inngest's retry backoff.
const interruptedAfterMs = 60 * minuteMs;
const maxRedispatched = 100;

/**
 * Finds messages stuck by a lost dispatch or a process that died mid-send. Returns the ids to
 * dispatch again (the caller, above lib, dispatches them); fails the rest, never resending one
 * that may have gone out.
 */
export async function sweepStuckMail(options: { now?: Date } = {}) {
  const now = (options.now ?? new Date()).getTime();
  const keepContent = getMailMode() === "embedded";
  const tooLate = await listStaleQueuedMessageIds({
    before: new Date(now - tooLateAfterMs),
    limit: 1000,
  });
  await failQueuedMessages({
    ids: tooLate,
    error: "never dispatched within a day: not sent",
    keepContent,
  });
  const redispatch = await listStaleQueuedMessageIds({
    before: new Date(now - lostDispatchAfterMs),
    limit: maxRedispatched,
  });
  const interrupted = await failInterruptedMessages({
    before: new Date(now - interruptedAfterMs),
    keepContent,
  });
  return { redispatch, failed: tooLate.length + interrupted };
}

/** The job gave up (its retries went on errors before or after the send): the row says so. */
export async function giveUpOnMail(options: { messageId: string; error: string }) {
  await failQueuedMessages({
    ids: [options.messageId],
    error: options.error,
    keepContent: getMailMode() === "embedded",
  });
}
