"use client";
import { useId } from "react";
import type { RubricAnchors } from "@/lib/rubrics/schemas";
import { inputClass, secondaryButtonClass } from "../../../_components/page-header";
import { anchorLabels, type CriterionDraft } from "./rubric-drafts";

const anchorPoints = ["1", "3", "5"] as const;
// Anchors run to 400 characters; growing with the text keeps them readable without scrolling.
const growClass = "field-sizing-content";
const fieldClass = `${inputClass} aria-invalid:border-red-700 aria-invalid:ring-2 aria-invalid:ring-red-100`;

/** Name, description and the three written anchors of one criterion, with its read-only key. */
export function CriterionFields(props: {
  criterion: CriterionDraft;
  index: number;
  competencyLabel: string;
  canRemove: boolean;
  /** The `name` of the field the panel's error message is about, if it is in this criterion. */
  invalidField?: string;
  errorId: string;
  onChange: (criterion: CriterionDraft) => void;
  onRemove: () => void;
}) {
  const { criterion, index } = props;
  const id = useId();
  // `name` doubles as the zod issue path, so the panel can focus the field a problem is in.
  const path = `criteria.${index}`;
  const setAnchor = (point: keyof RubricAnchors, text: string) =>
    props.onChange({ ...criterion, anchors: { ...criterion.anchors, [point]: text } });
  const fieldProps = (name: string) => ({
    name,
    "aria-invalid": name === props.invalidField || undefined,
    "aria-describedby": name === props.invalidField ? props.errorId : undefined,
  });
  const displayName = criterion.name.trim() || `criterion ${index + 1}`;

  return (
    <fieldset className="rounded-md border border-slate-200 px-3 pt-1 pb-3 sm:px-4 sm:pb-4">
      <legend className="px-1 text-sm font-semibold text-slate-900">
        Criterion {index + 1}
        {criterion.name.trim() ? `: ${criterion.name.trim()}` : ""}
      </legend>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-slate-600">
          Key{" "}
          <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-800">
            {criterion.key}
          </code>
          {criterion.isNew ? " · from the name, fixed once saved" : ""}
        </p>
        <button
          type="button"
          onClick={props.onRemove}
          disabled={!props.canRemove}
          aria-label={`Remove ${displayName} from ${props.competencyLabel}`}
          className={`${secondaryButtonClass} px-2 py-1 text-xs disabled:cursor-not-allowed`}
        >
          Remove
        </button>
      </div>
      <div className="mt-3 grid gap-3">
        <div>
          <label htmlFor={`${id}-name`} className="block text-sm font-medium">
            Name
          </label>
          <input
            id={`${id}-name`}
            {...fieldProps(`${path}.name`)}
            value={criterion.name}
            maxLength={80}
            onChange={(event) => props.onChange({ ...criterion, name: event.target.value })}
            className={fieldClass}
          />
        </div>
        <div>
          <label htmlFor={`${id}-description`} className="block text-sm font-medium">
            What it assesses
          </label>
          <textarea
            id={`${id}-description`}
            {...fieldProps(`${path}.description`)}
            value={criterion.description}
            rows={2}
            maxLength={400}
            onChange={(event) => props.onChange({ ...criterion, description: event.target.value })}
            className={`${fieldClass} ${growClass} min-h-10`}
          />
        </div>
        <fieldset>
          <legend className="text-sm font-medium">What an answer at each level looks like</legend>
          <p className="text-xs text-slate-600">Scores of 2 and 4 fall between these.</p>
          <div className="mt-1 grid gap-3 md:grid-cols-3">
            {anchorPoints.map((point) => (
              <div key={point}>
                <label htmlFor={`${id}-anchor-${point}`} className="block text-sm text-slate-800">
                  {anchorLabels[point]}
                </label>
                <textarea
                  id={`${id}-anchor-${point}`}
                  {...fieldProps(`${path}.anchors.${point}`)}
                  value={criterion.anchors[point]}
                  rows={4}
                  maxLength={400}
                  onChange={(event) => setAnchor(point, event.target.value)}
                  className={`${fieldClass} ${growClass} min-h-24`}
                />
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    </fieldset>
  );
}
