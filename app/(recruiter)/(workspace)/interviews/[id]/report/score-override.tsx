"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { buttonClass, inputClass, secondaryButtonClass } from "../../../../_components/page-header";
import { sendJson } from "../../../../_components/send-json";

/**
 * Override one answer's or competency's score with a reason, or clear an override (also with a
 * reason). Both are audited on the server; the page reloads its data after.
 */
export function ScoreOverride(props: {
  interviewId: string;
  kind: "answer" | "competency";
  target: string;
  /** Names the target for screen readers and labels: "Question 2", "Communication". */
  label: string;
  aiScore: number;
  human: { score: number; reason: string } | null;
}) {
  const router = useRouter();
  const id = useId();
  const [score, setScore] = useState(String(props.human?.score ?? props.aiScore));
  const [reason, setReason] = useState("");
  const [pending, setPending] = useState<"save" | "clear" | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(action: "save" | "clear") {
    setPending(action);
    setError(null);
    const body =
      action === "save"
        ? { kind: props.kind, target: props.target, score: Number(score), reason }
        : { kind: props.kind, target: props.target, reason };
    const result = await sendJson(`/api/interviews/${props.interviewId}/overrides`, {
      method: action === "save" ? "PUT" : "DELETE",
      body,
    });
    setPending(null);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setReason("");
    router.refresh();
  }

  return (
    <details className="mt-3 rounded-md border border-violet-200 bg-violet-50/40 p-3 text-sm print:hidden">
      <summary className="cursor-pointer font-medium text-violet-900 focus-visible:outline-2 focus-visible:outline-indigo-700">
        {props.human
          ? `Change the human score of ${props.label}`
          : `Override the score of ${props.label}`}
      </summary>
      {props.human ? (
        <p className="mt-2 text-slate-700">
          Human score {props.human.score} (AI {props.aiScore}). Reason: {props.human.reason}
        </p>
      ) : null}
      <form
        className="mt-2 grid gap-2 sm:grid-cols-[8rem_1fr]"
        onSubmit={(event) => {
          event.preventDefault();
          void submit("save");
        }}
      >
        <div>
          <label htmlFor={`${id}-score`} className="block font-medium">
            Score (0–100)
          </label>
          <input
            id={`${id}-score`}
            type="number"
            min={0}
            max={100}
            step={1}
            required
            value={score}
            onChange={(event) => setScore(event.target.value)}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor={`${id}-reason`} className="block font-medium">
            Reason (required, kept in the audit trail)
          </label>
          <textarea
            id={`${id}-reason`}
            required
            maxLength={1000}
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            className={inputClass}
          />
        </div>
        <div className="flex flex-wrap gap-2 sm:col-span-2">
          <button type="submit" className={buttonClass} disabled={pending !== null}>
            {pending === "save" ? "Saving…" : "Save human score"}
          </button>
          {props.human ? (
            <button
              type="button"
              className={secondaryButtonClass}
              disabled={pending !== null || reason.trim() === ""}
              onClick={() => submit("clear")}
            >
              {pending === "clear" ? "Clearing…" : "Clear override (AI score stands)"}
            </button>
          ) : null}
        </div>
        {error ? (
          <p role="alert" className="text-red-800 sm:col-span-2">
            {error}
          </p>
        ) : null}
      </form>
    </details>
  );
}
