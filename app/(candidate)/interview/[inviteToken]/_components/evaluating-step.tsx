"use client";
import type { InterviewStatus } from "../_lib/candidate-api";
import type { CandidateMessages } from "../_lib/candidate-messages";

const stages = [
  { key: "saved", doneFrom: ["completed", "evaluating", "evaluated"] },
  { key: "scoring", doneFrom: ["evaluated"] },
  { key: "writing", doneFrom: ["evaluated"] },
] as const;

export function EvaluatingStep({
  status,
  messages,
}: {
  status: InterviewStatus;
  messages: CandidateMessages["evaluating"];
}) {
  const active = status === "evaluating" ? 1 : status === "completed" ? 1 : 2;
  return (
    <section aria-labelledby="evaluating-heading" className="space-y-4" aria-busy>
      <h2 id="evaluating-heading" className="text-xl font-semibold">
        {messages.heading}
      </h2>
      <p className="text-slate-700">{messages.intro}</p>
      <ol className="space-y-2" data-testid="evaluation-progress">
        {stages.map((stage, index) => {
          const done = (stage.doneFrom as readonly string[]).includes(status);
          const current = !done && index === active;
          return (
            <li key={stage.key} className="flex items-center gap-3">
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
                {messages.stages[stage.key]}
                <span className="sr-only">
                  {done ? messages.done : current ? messages.inProgress : ""}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
