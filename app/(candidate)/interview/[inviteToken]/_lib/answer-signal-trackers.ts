// What the candidate page notices during one answer, as pure steps the hook feeds with events and
// the clock: time away from the page, and the silence before the first words.

/**
 * Silences shorter than this are thinking time. Twenty seconds after the question has been read is
 * long enough that a recruiter may want to look (the answer clock runs for minutes).
 */
export const longSilenceMs = 20_000;

/** `awaySinceMs` is set while the page is hidden or without focus. */
export type AwayState = { awaySinceMs: number | null };

/**
 * Switching tabs fires both `visibilitychange` and `blur` (and both again on return): the second
 * "away" or "back" of a pair changes nothing, so one absence counts once. Returns the length of an
 * absence when it ends.
 */
export function trackAway(
  state: AwayState,
  event: { type: "away" | "back"; atMs: number },
): { state: AwayState; endedMs: number | null } {
  if (event.type === "away") {
    return {
      state: state.awaySinceMs === null ? { awaySinceMs: event.atMs } : state,
      endedMs: null,
    };
  }
  if (state.awaySinceMs === null) return { state, endedMs: null };
  return {
    state: { awaySinceMs: null },
    endedMs: Math.max(0, event.atMs - state.awaySinceMs),
  };
}

/** Time counts only while the candidate can answer: not while the question is read or paused. */
export type SilenceState = { waitedMs: number; sinceMs: number | null; isOver: boolean };

export const initialSilence: SilenceState = { waitedMs: 0, sinceMs: null, isOver: false };

export type SilenceEvent =
  | { type: "answering" | "paused"; atMs: number }
  /** The first words (interim or final transcript, or a typed character), or the answer ended without any. */
  | { type: "words" | "answer-ended"; atMs: number };

export function trackSilence(
  state: SilenceState,
  event: SilenceEvent,
): { state: SilenceState; longSilence: { silenceMs: number; isAnswered: boolean } | null } {
  if (state.isOver) return { state, longSilence: null };
  const waitedMs =
    state.waitedMs + (state.sinceMs === null ? 0 : Math.max(0, event.atMs - state.sinceMs));
  switch (event.type) {
    case "answering":
      return {
        state: state.sinceMs === null ? { ...state, sinceMs: event.atMs } : state,
        longSilence: null,
      };
    case "paused":
      return { state: { ...state, waitedMs, sinceMs: null }, longSilence: null };
    case "words":
    case "answer-ended":
      return {
        state: { waitedMs, sinceMs: null, isOver: true },
        longSilence:
          waitedMs >= longSilenceMs
            ? { silenceMs: waitedMs, isAnswered: event.type === "words" }
            : null,
      };
  }
}
