"use client";
import { useState } from "react";
import { FormMessage } from "../../_components/form-message";
import { buttonClass } from "../../_components/page-header";
import { useSaveAction } from "../../_components/use-save-action";

export type SettingChoice<T extends string> = { value: T; label: string; description: string };

/** One setting chosen among a few described options, saved as `{ [field]: value }` to `url`. */
export function SettingChoiceForm<T extends string>(props: {
  url: string;
  method: "PATCH" | "PUT";
  /** The field the choice is saved to; also the radio group's name. */
  field: string;
  legend: string;
  options: SettingChoice<T>[];
  current: T;
}) {
  const [choice, setChoice] = useState(props.current);
  const { isPending, message, save } = useSaveAction();

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save(props.url, props.method, { [props.field]: choice });
      }}
    >
      <fieldset>
        <legend className="sr-only">{props.legend}</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {props.options.map((option) => (
            <label
              key={option.value}
              className="flex gap-2 rounded-md border border-slate-200 bg-white p-3 text-sm has-[:checked]:border-indigo-600 has-[:checked]:ring-2 has-[:checked]:ring-indigo-200"
            >
              <input
                type="radio"
                name={props.field}
                value={option.value}
                checked={choice === option.value}
                onChange={() => setChoice(option.value)}
                className="mt-0.5 size-4 accent-indigo-700"
              />
              <span>
                <span className="block font-medium">{option.label}</span>
                <span className="block text-slate-600">{option.description}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className={buttonClass}
          disabled={isPending || choice === props.current}
        >
          {isPending ? "Saving…" : "Save"}
        </button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
