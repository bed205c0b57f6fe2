import type { ReactNode } from "react";

export function PageHeader(props: {
  title: string;
  eyebrow?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className="flex flex-wrap items-end justify-between gap-3">
      <div className="min-w-0">
        {props.eyebrow ? <p className="text-sm text-slate-600">{props.eyebrow}</p> : null}
        <h1 className="text-2xl font-bold break-words">{props.title}</h1>
        {props.description ? (
          <p className="mt-1 max-w-2xl text-slate-700">{props.description}</p>
        ) : null}
      </div>
      {props.actions ? (
        <div className="flex flex-wrap gap-2 print:hidden">{props.actions}</div>
      ) : null}
    </header>
  );
}

export const buttonClass =
  "inline-flex items-center justify-center whitespace-nowrap rounded-md bg-indigo-700 px-3 py-2 text-sm font-medium text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700 disabled:opacity-60";
export const secondaryButtonClass =
  "inline-flex items-center justify-center whitespace-nowrap rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700 disabled:opacity-60";
export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-200";
export const linkClass =
  "font-medium text-indigo-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-700";
