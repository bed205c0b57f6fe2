"use client";
import { builtInCompetencies, getCompetencyLabel } from "@/lib/competencies/registry";
import { inputClass, secondaryButtonClass } from "../../_components/page-header";

const maxCompetencies = 12;

/**
 * The position's competencies: the registry's built-in ones to tick, named in the interview's
 * language, and the recruiter's own, marked as scored on generic criteria until given a rubric.
 */
export function CompetencyFields(props: {
  language: string;
  competencies: string[];
  onChange: (competencies: string[]) => void;
  draft: string;
  onDraftChange: (draft: string) => void;
  onAddDraft: () => void;
  draftError: string | null;
}) {
  const { competencies, onChange } = props;
  const builtInKeys = new Set<string>(builtInCompetencies.map((entry) => entry.key));
  const own = competencies.filter((competency) => !builtInKeys.has(competency));
  const isFull = competencies.length >= maxCompetencies;

  function toggle(key: string, isChecked: boolean) {
    onChange(isChecked ? [...competencies, key] : competencies.filter((c) => c !== key));
  }

  return (
    <fieldset>
      <legend className="text-sm font-medium">Competencies</legend>
      <p id="competency-help" className="text-sm text-slate-600">
        What the interview covers; questions are picked to cover each one. Up to {maxCompetencies}.
        Built-in competencies come with a scoring rubric and bank questions.
      </p>
      <fieldset className="mt-2 grid gap-1 sm:grid-cols-2">
        <legend className="sr-only">Built-in competencies</legend>
        {builtInCompetencies.map((entry) => {
          const isChecked = competencies.includes(entry.key);
          return (
            <label key={entry.key} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={isChecked}
                disabled={!isChecked && isFull}
                onChange={(event) => toggle(entry.key, event.target.checked)}
                className="size-4 accent-indigo-700"
              />
              {getCompetencyLabel({ competency: entry.key, language: props.language })}
            </label>
          );
        })}
      </fieldset>
      {own.length > 0 ? (
        <ul className="mt-3 flex flex-wrap gap-2" aria-label="Your own competencies">
          {own.map((competency) => {
            const label = getCompetencyLabel({ competency, language: props.language });
            return (
              <li
                key={competency}
                className="flex items-center gap-1 rounded-full bg-amber-50 py-1 pr-1 pl-3 text-sm text-amber-950"
              >
                {label}
                <span className="text-xs text-amber-900">· own, no default rubric</span>
                <button
                  type="button"
                  onClick={() => onChange(competencies.filter((c) => c !== competency))}
                  aria-label={`Remove ${label}`}
                  className="rounded-full px-1.5 hover:bg-amber-200 focus-visible:outline-2 focus-visible:outline-indigo-700"
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="mt-3 flex gap-2">
        <label htmlFor="competency-draft" className="sr-only">
          Your own competency
        </label>
        <input
          id="competency-draft"
          value={props.draft}
          onChange={(event) => props.onDraftChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" || event.key === ",") {
              event.preventDefault();
              props.onAddDraft();
            }
          }}
          placeholder="Your own, e.g. incident-response"
          aria-describedby={props.draftError ? "competency-draft-error" : "competency-help"}
          aria-invalid={props.draftError ? true : undefined}
          maxLength={60}
          disabled={isFull}
          className={`${inputClass} mt-0`}
        />
        <button
          type="button"
          onClick={props.onAddDraft}
          disabled={isFull}
          className={secondaryButtonClass}
        >
          Add your own
        </button>
      </div>
      {props.draftError ? (
        <p id="competency-draft-error" role="alert" className="mt-1 text-sm text-red-800">
          {props.draftError}
        </p>
      ) : (
        <p className="mt-1 text-xs text-slate-600">
          Your own competencies are scored on generic criteria until you write their rubric.
        </p>
      )}
    </fieldset>
  );
}
