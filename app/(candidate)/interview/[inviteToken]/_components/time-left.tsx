import { formatClock, warningSeconds } from "../_lib/answer-clock";
import type { CandidateMessages } from "../_lib/candidate-messages";

type Messages = CandidateMessages["question"];

/** The answer's countdown: quiet (a timer is not announced each second), amber near the end. */
export function TimeLeft(props: { secondsLeft: number; isWarning: boolean; messages: Messages }) {
  return (
    <span
      role="timer"
      aria-label={props.messages.timeLeft}
      data-testid="time-left"
      className={`tabular-nums ${props.isWarning ? "font-semibold text-amber-800" : "text-slate-600"}`}
    >
      {props.messages.clock(formatClock(props.secondsLeft))}
    </span>
  );
}

/**
 * Always in the page, so that the warning's arrival is announced (politely, once: its text does
 * not change until time is up).
 */
export function TimeNotice(props: { isWarning: boolean; isTimeUp: boolean; messages: Messages }) {
  const m = props.messages;
  const text = props.isTimeUp ? m.timeUp : props.isWarning ? m.timeWarning(warningSeconds) : "";
  return (
    <p
      role="status"
      data-testid="time-notice"
      className={text ? "rounded-md bg-amber-50 p-3 text-sm font-medium text-amber-900" : "sr-only"}
    >
      {text}
    </p>
  );
}
