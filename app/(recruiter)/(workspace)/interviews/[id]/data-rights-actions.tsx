"use client";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useRef, useState } from "react";
import { inputClass, secondaryButtonClass } from "../../../_components/page-header";
import { sendJson } from "../../../_components/send-json";

const dangerButtonClass =
  "inline-flex items-center justify-center whitespace-nowrap rounded-md bg-red-700 px-3 py-2 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 disabled:opacity-60";

/**
 * The candidate's data rights: a download of everything held (the link carries the session
 * cookie), and an erase that asks for the candidate's email first, in a modal dialog (focus
 * stays inside, Escape closes it).
 */
export function DataRightsActions(props: { interviewId: string; candidateEmail: string }) {
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const ids = { title: useId(), help: useId(), input: useId() };
  const [confirm, setConfirm] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const isConfirmed = confirm.trim().toLowerCase() === props.candidateEmail.trim().toLowerCase();

  function open() {
    setConfirm("");
    setError(null);
    dialogRef.current?.showModal();
  }

  async function erase(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isConfirmed) return;
    setIsPending(true);
    setError(null);
    const result = await sendJson(`/api/interviews/${props.interviewId}/erase`, {
      body: { confirm },
    });
    setIsPending(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    dialogRef.current?.close();
    router.push("/interviews?notice=erased");
  }

  return (
    <div className="flex flex-wrap gap-2">
      <a
        href={`/api/interviews/${props.interviewId}/export`}
        download
        className={secondaryButtonClass}
      >
        Export data (JSON)
      </a>
      <button
        type="button"
        className={secondaryButtonClass.replace("text-slate-900", "text-red-800")}
        aria-haspopup="dialog"
        onClick={open}
      >
        Delete candidate data…
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={ids.title}
        aria-describedby={ids.help}
        className="m-auto w-full max-w-md rounded-lg border border-slate-300 p-5 shadow-xl backdrop:bg-slate-900/50"
      >
        <form onSubmit={erase} className="space-y-3">
          <h2 id={ids.title} className="text-lg font-semibold">
            Delete this candidate's data?
          </h2>
          <p id={ids.help} className="text-sm text-slate-700">
            This deletes the interview, its transcript, scores, report, review, signals, recordings
            and the answers it gave to the answer bank. It cannot be undone; only a record that a
            deletion happened (with counts, no personal data) is kept.
          </p>
          <div>
            <label htmlFor={ids.input} className="block text-sm font-medium">
              Type the candidate's email (<span className="font-mono">{props.candidateEmail}</span>)
            </label>
            <input
              id={ids.input}
              type="email"
              autoComplete="off"
              value={confirm}
              onChange={(event) => setConfirm(event.target.value)}
              className={inputClass}
              required
            />
          </div>
          {error ? (
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
              {error}
            </p>
          ) : null}
          <div className="flex justify-end gap-2">
            <button
              type="button"
              className={secondaryButtonClass}
              onClick={() => dialogRef.current?.close()}
            >
              Cancel
            </button>
            <button
              type="submit"
              className={dangerButtonClass}
              disabled={!isConfirmed || isPending}
            >
              {isPending ? "Deleting…" : "Delete everything"}
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
