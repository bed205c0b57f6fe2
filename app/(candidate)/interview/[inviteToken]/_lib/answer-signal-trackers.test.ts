import { describe, expect, it } from "vitest";
import {
  type AwayState,
  initialSilence,
  longSilenceMs,
  type SilenceEvent,
  trackAway,
  trackSilence,
} from "./answer-signal-trackers";

function feedAway(events: { type: "away" | "back"; atMs: number }[]) {
  let state: AwayState = { awaySinceMs: null };
  const ended: number[] = [];
  for (const event of events) {
    const next = trackAway(state, event);
    state = next.state;
    if (next.endedMs !== null) ended.push(next.endedMs);
  }
  return { state, ended };
}

function feedSilence(events: SilenceEvent[]) {
  let state = initialSilence;
  const found = [];
  for (const event of events) {
    const next = trackSilence(state, event);
    state = next.state;
    if (next.longSilence) found.push(next.longSilence);
  }
  return found;
}

describe("trackAway", () => {
  it("counts a tab switch once although hidden and blur, visible and focus all fire", () => {
    const { ended } = feedAway([
      { type: "away", atMs: 1_000 },
      { type: "away", atMs: 1_010 },
      { type: "back", atMs: 4_000 },
      { type: "back", atMs: 4_020 },
    ]);
    expect(ended).toEqual([3_000]);
  });

  it("reports each separate absence with its own length", () => {
    const { ended, state } = feedAway([
      { type: "away", atMs: 0 },
      { type: "back", atMs: 500 },
      { type: "away", atMs: 2_000 },
      { type: "back", atMs: 9_000 },
      { type: "away", atMs: 10_000 },
    ]);
    expect(ended).toEqual([500, 7_000]);
    expect(state.awaySinceMs).toBe(10_000);
  });

  it("ignores a return without an absence (the page opening with focus)", () => {
    expect(feedAway([{ type: "back", atMs: 100 }]).ended).toEqual([]);
  });
});

describe("trackSilence", () => {
  it("reports a silence over the threshold when the first words come", () => {
    expect(
      feedSilence([
        { type: "answering", atMs: 1_000 },
        { type: "words", atMs: 1_000 + longSilenceMs + 5_000 },
      ]),
    ).toEqual([{ silenceMs: longSilenceMs + 5_000, isAnswered: true }]);
  });

  it("reports nothing for a short pause before answering, nor later silences", () => {
    expect(
      feedSilence([
        { type: "answering", atMs: 0 },
        { type: "words", atMs: 3_000 },
        { type: "answer-ended", atMs: 3_000 + 10 * longSilenceMs },
      ]),
    ).toEqual([]);
  });

  it("leaves out the time the question was read aloud or paused", () => {
    expect(
      feedSilence([
        { type: "paused", atMs: 0 },
        { type: "answering", atMs: 60_000 },
        { type: "paused", atMs: 60_000 + longSilenceMs - 1_000 },
        { type: "answering", atMs: 500_000 },
        { type: "words", atMs: 500_000 + 2_000 },
      ]),
    ).toEqual([{ silenceMs: longSilenceMs + 1_000, isAnswered: true }]);
  });

  it("reports an answer that ended without any words as unanswered", () => {
    expect(
      feedSilence([
        { type: "answering", atMs: 0 },
        { type: "answer-ended", atMs: 90_000 },
        { type: "words", atMs: 95_000 },
      ]),
    ).toEqual([{ silenceMs: 90_000, isAnswered: false }]);
  });
});
