"use client";
import { useId, useState } from "react";
import { FormMessage } from "../../../_components/form-message";
import { buttonClass, inputClass } from "../../../_components/page-header";
import { useSaveAction } from "../../../_components/use-save-action";

/** One whole-number setting of the company within its bounds, saved as `{ [field]: value }`. */
export function NumberSettingForm(props: {
  companyId: string;
  field: "noticeLeadDays" | "contestDueDays" | "auditRetentionMonths";
  label: string;
  unit: string;
  min: number;
  max: number;
  current: number;
}) {
  const inputId = useId();
  const [text, setText] = useState(String(props.current));
  const { isPending, message, save } = useSaveAction();
  const value = Number(text);
  const isValid =
    text.trim() !== "" && Number.isInteger(value) && value >= props.min && value <= props.max;

  return (
    <form
      className="mt-2 max-w-md"
      onSubmit={(event) => {
        event.preventDefault();
        void save(`/api/companies/${props.companyId}`, "PATCH", { [props.field]: value });
      }}
    >
      <label htmlFor={inputId} className="block text-sm font-medium">
        {props.label}
      </label>
      <div className="flex items-center gap-2">
        {/* inputClass spans the width; the wrapper keeps a short number short. */}
        <div className="w-28">
          <input
            id={inputId}
            name={props.field}
            type="number"
            inputMode="numeric"
            min={props.min}
            max={props.max}
            step={1}
            required
            value={text}
            onChange={(event) => setText(event.target.value)}
            className={inputClass}
          />
        </div>
        <span className="mt-1 whitespace-nowrap text-sm text-slate-600">
          {props.unit} ({props.min}–{props.max})
        </span>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className={buttonClass}
          disabled={isPending || !isValid || value === props.current}
        >
          {isPending ? "Saving…" : "Save"}
        </button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
