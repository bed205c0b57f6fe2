"use client";
// Counts the open question's answer time down and calls `onTimeUp` at zero (again on each tick
// until the page has moved on; the caller ignores repeats).
import { useEffect, useState } from "react";
import { getSecondsLeft } from "./answer-clock";
import { useLatestCallback } from "./use-latest-callback";

const tickMs = 250;

export function useAnswerClock(options: {
  /** When the open question opened; null while no question is open. */
  openedAtMs: number | null;
  answerSeconds: number;
  onTimeUp: () => void;
}): number | null {
  const { openedAtMs, answerSeconds } = options;
  const onTimeUp = useLatestCallback(options.onTimeUp);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);

  useEffect(() => {
    if (openedAtMs === null) {
      setSecondsLeft(null);
      return;
    }
    // Read from Date.now() each tick rather than counted: timers in a background tab slow down.
    const tick = () => {
      const left = getSecondsLeft({ openedAtMs, answerSeconds, nowMs: Date.now() });
      setSecondsLeft(left);
      if (left === 0) onTimeUp();
    };
    tick();
    const timer = setInterval(tick, tickMs);
    return () => clearInterval(timer);
  }, [openedAtMs, answerSeconds, onTimeUp]);

  return secondsLeft;
}
