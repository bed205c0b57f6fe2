"use client";
import { useId } from "react";
import { CopyButton } from "../../../_components/copy-button";

/** A signing secret, shown this once with a copy button: the server keeps it encrypted only. */
export function NewSecretNotice(props: { secret: string; heading: string; note?: string }) {
  const inputId = useId();
  return (
    <div role="status" className="mt-3 rounded-lg border border-emerald-300 bg-emerald-50 p-4">
      <p className="text-sm font-medium text-emerald-900">{props.heading}</p>
      <p className="mt-1 text-sm text-emerald-900">
        Copy it now: it will not be shown again. {props.note}
      </p>
      <label htmlFor={inputId} className="mt-2 block text-sm font-medium">
        Signing secret
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id={inputId}
          readOnly
          value={props.secret}
          onFocus={(event) => event.currentTarget.select()}
          className="block min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-200"
        />
        <CopyButton text={props.secret} label="Copy secret" />
      </div>
    </div>
  );
}
