import type { InputHTMLAttributes } from "react";

/** A labelled input of the signed-out forms; `hint` is read out with the field. */
export function AuthField(
  props: { label: string; name: string; hint?: string } & Pick<
    InputHTMLAttributes<HTMLInputElement>,
    "type" | "autoComplete" | "required" | "minLength" | "maxLength" | "defaultValue" | "readOnly"
  >,
) {
  const { label, hint, ...input } = props;
  const id = `field-${props.name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        aria-describedby={hintId}
        {...input}
        className="mt-1 w-full rounded-md border border-slate-400 px-3 py-2 read-only:bg-slate-100 focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-200"
      />
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
