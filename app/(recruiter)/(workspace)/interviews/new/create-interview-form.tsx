"use client";
import Link from "next/link";
import { type FormEvent, useState } from "react";
import { Panel } from "@/app/_components/panel";
import { CopyButton } from "../../../_components/copy-button";
import { buttonClass, inputClass, linkClass } from "../../../_components/page-header";
import { sendJson } from "../../../_components/send-json";

type PositionOption = { id: string; title: string };
type Created = { id: string; candidateName: string; inviteUrl: string; questionCount: number };

export function CreateInterviewForm(props: {
  positions: PositionOption[];
  defaultPositionId?: string;
}) {
  const [created, setCreated] = useState<Created | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const resumeText = String(form.get("resumeText") ?? "").trim();
    setIsPending(true);
    setError(null);
    const result = await sendJson<Created>("/api/interviews", {
      body: {
        positionId: String(form.get("positionId") ?? ""),
        candidateName: String(form.get("candidateName") ?? ""),
        candidateEmail: String(form.get("candidateEmail") ?? ""),
        questionCount: Number(form.get("questionCount") ?? 5),
        inviteTtlDays: Number(form.get("inviteTtlDays") ?? 7),
        ...(resumeText ? { resumeText } : {}),
      },
    });
    setIsPending(false);
    if (result.ok) setCreated(result.data);
    else setError(result.message);
  }

  if (created) {
    return (
      <Panel
        heading={`Invite ready for ${created.candidateName}`}
        headingStyle="normal"
        tone="success"
      >
        <p className="mt-1 text-sm text-emerald-900">
          {created.questionCount} questions. Send this link to the candidate; it is shown only once
          (you can issue a new one from the interview page).
        </p>
        <div className="mt-3 flex flex-col gap-2 sm:flex-row">
          <label htmlFor="invite-url" className="sr-only">
            Invite link
          </label>
          <input
            id="invite-url"
            readOnly
            value={created.inviteUrl}
            onFocus={(event) => event.currentTarget.select()}
            className={`${inputClass} mt-0 font-mono`}
          />
          <CopyButton text={created.inviteUrl} label="Copy link" />
        </div>
        <p className="mt-3 flex flex-wrap gap-x-4 text-sm">
          <Link href={`/interviews/${created.id}`} className={linkClass}>
            Open the interview
          </Link>
          <button type="button" className={linkClass} onClick={() => setCreated(null)}>
            Invite another candidate
          </button>
        </p>
      </Panel>
    );
  }

  return (
    <form
      onSubmit={handleSubmit}
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 sm:p-6"
    >
      <div className="sm:col-span-2">
        <label htmlFor="positionId" className="block text-sm font-medium">
          Position
        </label>
        <select
          id="positionId"
          name="positionId"
          required
          defaultValue={props.defaultPositionId ?? props.positions[0]?.id}
          className={inputClass}
        >
          {props.positions.map((position) => (
            <option key={position.id} value={position.id}>
              {position.title}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="candidateName" className="block text-sm font-medium">
          Candidate name
        </label>
        <input
          id="candidateName"
          name="candidateName"
          required
          maxLength={200}
          autoComplete="off"
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="candidateEmail" className="block text-sm font-medium">
          Candidate email
        </label>
        <input
          id="candidateEmail"
          name="candidateEmail"
          type="email"
          required
          autoComplete="off"
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="questionCount" className="block text-sm font-medium">
          Number of questions
        </label>
        <input
          id="questionCount"
          name="questionCount"
          type="number"
          min={1}
          max={20}
          defaultValue={5}
          required
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="inviteTtlDays" className="block text-sm font-medium">
          Invite valid for (days)
        </label>
        <input
          id="inviteTtlDays"
          name="inviteTtlDays"
          type="number"
          min={1}
          max={90}
          defaultValue={7}
          required
          className={inputClass}
        />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="resumeText" className="block text-sm font-medium">
          Résumé{" "}
          <span className="font-normal text-slate-600">
            (optional; tailors the questions when a model is configured)
          </span>
        </label>
        <textarea
          id="resumeText"
          name="resumeText"
          rows={4}
          maxLength={50_000}
          className={inputClass}
        />
      </div>
      {error ? (
        <p
          role="alert"
          className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 sm:col-span-2"
        >
          {error}
        </p>
      ) : null}
      <div className="sm:col-span-2">
        <button type="submit" disabled={isPending} className={buttonClass}>
          {isPending ? "Creating…" : "Create interview and invite link"}
        </button>
      </div>
    </form>
  );
}
