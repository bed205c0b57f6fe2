import { formatAnswerDuration } from "./format-answer-duration";

/** How long the candidate took over one answer, from its transcript segments. */
export function AnswerDuration(props: { durationMs: number | null }) {
  if (props.durationMs === null) return null;
  return (
    <p className="mt-1 text-xs text-slate-600">
      Answer time: <span className="tabular-nums">{formatAnswerDuration(props.durationMs)}</span>
    </p>
  );
}
