import type { ReactNode } from "react";

/** The frame of the signed-out pages (sign-in, sign-up, password reset, invitations). */
export function AuthCard(props: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <div className="mx-auto max-w-sm px-6 py-16">
      <h1 className="text-2xl font-bold">{props.title}</h1>
      {props.description ? (
        <div className="mt-2 text-sm text-slate-600">{props.description}</div>
      ) : null}
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        {props.children}
      </div>
      {props.footer ? (
        <div className="mt-4 space-y-1 text-sm text-slate-700">{props.footer}</div>
      ) : null}
    </div>
  );
}

export const authLinkClass = "font-medium text-indigo-700 underline hover:text-indigo-900";
