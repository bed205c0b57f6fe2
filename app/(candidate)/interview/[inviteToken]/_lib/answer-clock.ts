// The time a candidate has for one answer (the position's `answerSeconds`), counted from when
// the question opened. A pause of the recording does not stop it: the limit paces the interview
// the same for every candidate (typed answers have no pause), and a clock that stopped would
// make pause a way around it.

/** The warning shows, and is announced once, when this much time is left. */
export const warningSeconds = 30;

export function getSecondsLeft(options: {
  openedAtMs: number;
  answerSeconds: number;
  nowMs: number;
}): number {
  const leftMs = options.openedAtMs + options.answerSeconds * 1000 - options.nowMs;
  return Math.max(0, Math.ceil(leftMs / 1000));
}

/** "2:05" */
export function formatClock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
