"use client";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import {
  type CandidateContest,
  contestKindSchema,
  contestMessageMaxChars,
} from "@/lib/compliance/contests/schemas";
import type { Explanation } from "@/lib/compliance/explanation/schemas";
import { primaryButton } from "../_components/button-styles";
import { getExplanationMessages } from "./explanation-messages";

type Status = { isError: boolean; text: string } | null;

/** "Contest or correct": sent with the invite token, then the page reloads its list of requests. */
export function ContestForm(props: {
  inviteToken: string;
  interviewId: string;
  questions: Explanation["questions"];
  /** The position's language: the messages hold functions, which a server page cannot pass. */
  language: string;
}) {
  const m = getExplanationMessages(props.language);
  const router = useRouter();
  const id = useId();
  const [kind, setKind] = useState<CandidateContest["kind"]>("wrong_transcript");
  const [questionId, setQuestionId] = useState("");
  const [message, setMessage] = useState("");
  const [isSending, setIsSending] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  async function send(event: FormEvent) {
    event.preventDefault();
    setIsSending(true);
    setStatus(null);
    const response = await fetch(`/api/interviews/${props.interviewId}/contests`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${props.inviteToken}`,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ kind, message, ...(questionId ? { questionId } : {}) }),
    }).catch(() => null);
    setIsSending(false);
    if (!response?.ok) {
      const body = (await response?.json().catch(() => null)) as {
        error?: { message?: string };
      } | null;
      setStatus({ isError: true, text: body?.error?.message ?? "The request failed." });
      return;
    }
    setMessage("");
    setStatus({ isError: false, text: m.sent });
    router.refresh();
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-slate-200 p-4">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {m.contestHeading}
      </h2>
      <p className="mt-1 text-slate-700">{m.contestIntro}</p>
      <form onSubmit={send} className="mt-4 space-y-4">
        <fieldset>
          <legend className="font-medium">{m.kindLegend}</legend>
          {contestKindSchema.options.map((option) => (
            <label key={option} className="mt-1 flex items-center gap-2">
              <input
                type="radio"
                name="kind"
                value={option}
                checked={kind === option}
                onChange={() => setKind(option)}
              />
              {m.kinds[option]}
            </label>
          ))}
        </fieldset>
        <div>
          <label htmlFor={`${id}-question`} className="block font-medium">
            {m.questionLabel}
          </label>
          <select
            id={`${id}-question`}
            value={questionId}
            onChange={(event) => setQuestionId(event.target.value)}
            className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5"
          >
            <option value="">{m.anyQuestion}</option>
            {props.questions.map((question) => (
              <option key={question.id} value={question.id}>
                {question.order}. {question.content}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-message`} className="block font-medium">
            {m.messageLabel}
          </label>
          <textarea
            id={`${id}-message`}
            value={message}
            onChange={(event) => setMessage(event.target.value)}
            required
            maxLength={contestMessageMaxChars}
            rows={5}
            aria-describedby={`${id}-hint`}
            className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1.5"
          />
          <p id={`${id}-hint`} className="text-sm text-slate-600">
            {m.messageHint(contestMessageMaxChars)}
          </p>
        </div>
        <button type="submit" disabled={isSending} className={primaryButton}>
          {isSending ? m.sending : m.send}
        </button>
        {status ? (
          <p
            role={status.isError ? "alert" : "status"}
            className={`text-sm ${status.isError ? "text-red-800" : "text-emerald-800"}`}
          >
            {status.text}
          </p>
        ) : null}
      </form>
    </section>
  );
}
