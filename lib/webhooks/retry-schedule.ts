const minuteMs = 60_000;
const hourMs = 60 * minuteMs;

/** The waits after the 1st, 2nd, … failed attempt; after the last, every few hours. */
const retryDelaysMs = [30_000, 2 * minuteMs, 10 * minuteMs, hourMs, 3 * hourMs];
const laterDelayMs = 4 * hourMs;

/** A message is retried until this long after it was first sent, then it has failed. */
export const retryWindowMs = 24 * hourMs;

/** An endpoint whose every attempt has failed this long is disabled. */
export const disableAfterFailingMs = 3 * 24 * hourMs;

/**
 * When to try again after `attempts` failed attempts, or null when the next try would fall
 * outside the retry window that opened at `firstAttemptAt`.
 */
export function nextRetryAt(input: {
  attempts: number;
  firstAttemptAt: Date;
  now: Date;
}): Date | null {
  const delayMs = retryDelaysMs[input.attempts - 1] ?? laterDelayMs;
  const next = new Date(input.now.getTime() + delayMs);
  const windowEnd = input.firstAttemptAt.getTime() + retryWindowMs;
  return next.getTime() > windowEnd ? null : next;
}
