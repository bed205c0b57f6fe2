"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { InterviewStatus } from "@/db/schema/interviews";
import { CopyButton } from "../../../_components/copy-button";
import { inputClass, secondaryButtonClass } from "../../../_components/page-header";
import { sendJson } from "../../../_components/send-json";

/** Resend (a new link, the old one stops working) or expire an invite nobody has used yet. */
export function InviteActions(props: { interviewId: string; status: InterviewStatus }) {
  const router = useRouter();
  const [inviteUrl, setInviteUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<"invite" | "expire" | null>(null);

  async function run(action: "invite" | "expire") {
    if (action === "expire" && !window.confirm("Expire this invite? The link stops working."))
      return;
    setPending(action);
    setError(null);
    const result = await sendJson<{ inviteUrl?: string }>(
      `/api/interviews/${props.interviewId}/${action}`,
    );
    setPending(null);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setInviteUrl(action === "invite" ? (result.data.inviteUrl ?? null) : null);
    router.refresh();
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={pending !== null}
          onClick={() => run("invite")}
        >
          {pending === "invite"
            ? "Issuing…"
            : props.status === "expired"
              ? "Re-issue invite"
              : "Resend with a new link"}
        </button>
        {props.status === "invited" ? (
          <button
            type="button"
            className={secondaryButtonClass.replace("text-slate-900", "text-red-800")}
            disabled={pending !== null}
            onClick={() => run("expire")}
          >
            {pending === "expire" ? "Expiring…" : "Expire invite"}
          </button>
        ) : null}
      </div>
      {inviteUrl ? (
        <div className="rounded-md border border-emerald-300 bg-emerald-50 p-3">
          <label htmlFor="new-invite-url" className="block text-sm font-medium text-emerald-900">
            New invite link (shown once; the previous link no longer works)
          </label>
          <div className="mt-1 flex flex-col gap-2 sm:flex-row">
            <input
              id="new-invite-url"
              readOnly
              value={inviteUrl}
              onFocus={(event) => event.currentTarget.select()}
              className={`${inputClass} mt-0 font-mono`}
            />
            <CopyButton text={inviteUrl} label="Copy link" />
          </div>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
