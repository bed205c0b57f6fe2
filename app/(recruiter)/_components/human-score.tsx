import { scoreTone } from "@/lib/dashboard/labels";

/** A score a person set in place of the AI's, marked so nobody mistakes it for the model's. */
export function HumanScore(props: { score: number; aiScore: number; size?: "large" | "small" }) {
  const large = props.size === "large";
  return (
    <span className="inline-flex items-baseline gap-1.5">
      <span
        className={`font-bold tabular-nums ${large ? "text-2xl" : ""} ${scoreTone(props.score)}`}
      >
        {props.score}
      </span>
      <span className="rounded bg-violet-100 px-1 text-xs font-semibold text-violet-900">
        human
      </span>
      <span className="text-xs text-slate-600">
        (AI <span className="tabular-nums line-through">{props.aiScore}</span>)
      </span>
    </span>
  );
}
