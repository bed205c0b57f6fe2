"use client";
import type { InterviewStatus } from "../_lib/candidate-api";

const stages = [
  { label: "Your answers are saved", doneFrom: ["completed", "evaluating", "evaluated"] },
  { label: "Scoring each answer against the rubric", doneFrom: ["evaluated"] },
  { label: "Writing your report", doneFrom: ["evaluated"] },
] as const;

export function EvaluatingStep({ status }: { status: InterviewStatus }) {
  const active = status === "evaluating" ? 1 : status === "completed" ? 1 : 2;
  return (
    <section aria-labelledby="evaluating-heading" className="space-y-4" aria-busy>
      <h2 id="evaluating-heading" className="text-xl font-semibold">
        Evaluating your interview
      </h2>
      <p className="text-slate-700">
        This usually takes less than a minute. You can keep this page open; the report appears here
        when it is ready.
      </p>
      <ol className="space-y-2" data-testid="evaluation-progress">
        {stages.map((stage, index) => {
          const done = (stage.doneFrom as readonly string[]).includes(status);
          const current = !done && index === active;
          return (
            <li key={stage.label} className="flex items-center gap-3">
              <span
                aria-hidden
                className={`flex size-6 items-center justify-center rounded-full text-xs font-bold ${
                  done
                    ? "bg-emerald-600 text-white"
                    : current
                      ? "animate-pulse bg-indigo-600 text-white"
                      : "bg-slate-200 text-slate-600"
                }`}
              >
                {done ? "✓" : index + 1}
              </span>
              <span className={current ? "font-semibold" : done ? "" : "text-slate-500"}>
                {stage.label}
                <span className="sr-only">
                  {done ? " (done)" : current ? " (in progress)" : ""}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
