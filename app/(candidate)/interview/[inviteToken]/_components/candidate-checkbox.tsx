"use client";
import { useId } from "react";

/** A checkbox with its label beside it, the candidate pages' one look for a yes or no. */
export function CandidateCheckbox(props: {
  label: string;
  checked: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
  labelClassName?: string;
}) {
  const id = useId();
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(event) => props.onChange(event.target.checked)}
        className="mt-1 size-4"
      />
      <label htmlFor={id} className={props.labelClassName}>
        {props.label}
      </label>
    </div>
  );
}
