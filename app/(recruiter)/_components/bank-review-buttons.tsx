"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { secondaryButtonClass } from "./page-header";
import { sendJson } from "./send-json";

/** Approve or reject an answer waiting to join the bank; the page reloads its data after. */
export function BankReviewButtons(props: { answerId: string; label: string }) {
  const router = useRouter();
  const [pending, setPending] = useState<"approved" | "rejected" | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function review(status: "approved" | "rejected") {
    setPending(status);
    setError(null);
    const result = await sendJson(`/api/answer-bank/${props.answerId}/review`, {
      body: { status },
    });
    setPending(null);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    router.refresh();
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={secondaryButtonClass.replace("text-slate-900", "text-emerald-800")}
        disabled={pending !== null}
        onClick={() => review("approved")}
        aria-label={`Approve ${props.label}`}
      >
        {pending === "approved" ? "Approving…" : "Approve"}
      </button>
      <button
        type="button"
        className={secondaryButtonClass.replace("text-slate-900", "text-red-800")}
        disabled={pending !== null}
        onClick={() => review("rejected")}
        aria-label={`Reject ${props.label}`}
      >
        {pending === "rejected" ? "Rejecting…" : "Reject"}
      </button>
      {error ? (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
