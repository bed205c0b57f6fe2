"use client";
import { useState } from "react";
import { FormMessage } from "../../../_components/form-message";
import { buttonClass } from "../../../_components/page-header";
import { useSaveAction } from "../../../_components/use-save-action";

export type EvaluatorChoice = { userId: string; name: string; email: string };

/** Which evaluators read this position's interviews: the whole list, saved with one PUT. */
export function PositionEvaluatorsForm(props: {
  positionId: string;
  evaluators: EvaluatorChoice[];
  assignedUserIds: string[];
}) {
  const [chosen, setChosen] = useState(() => new Set(props.assignedUserIds));
  const { isPending, message, save } = useSaveAction();
  const isChanged =
    chosen.size !== props.assignedUserIds.length ||
    props.assignedUserIds.some((userId) => !chosen.has(userId));

  function toggle(userId: string, isChecked: boolean) {
    setChosen((previous) => {
      const next = new Set(previous);
      if (isChecked) next.add(userId);
      else next.delete(userId);
      return next;
    });
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save(`/api/positions/${props.positionId}/assignments`, "PUT", {
          userIds: [...chosen],
        });
      }}
    >
      <fieldset>
        <legend className="sr-only">Evaluators assigned to this position</legend>
        <ul className="grid gap-2 sm:grid-cols-2">
          {props.evaluators.map((evaluator) => (
            <li key={evaluator.userId}>
              <label className="flex gap-2 rounded-md border border-slate-200 bg-white p-3 text-sm has-[:checked]:border-indigo-600">
                <input
                  type="checkbox"
                  checked={chosen.has(evaluator.userId)}
                  onChange={(event) => toggle(evaluator.userId, event.target.checked)}
                  className="mt-0.5 size-4 accent-indigo-700"
                />
                <span className="min-w-0">
                  <span className="block font-medium">{evaluator.name}</span>
                  <span className="block break-all text-slate-600">{evaluator.email}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass} disabled={isPending || !isChanged}>
          {isPending ? "Saving…" : "Save evaluators"}
        </button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
