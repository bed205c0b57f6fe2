"use client";
import { useEffect, useId, useState } from "react";
import { primaryButton } from "./button-styles";

export function ConsentStep(props: {
  companyName: string;
  speechEnabled: boolean;
  mediaEnabled: boolean;
  retentionDays: number;
  onAccept: () => void;
}) {
  const [agreed, setAgreed] = useState(false);
  // A tick before React has hydrated would be lost; the box waits until it counts.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const checkboxId = useId();
  return (
    <section aria-labelledby="consent-heading" className="space-y-4">
      <h2 id="consent-heading" className="text-xl font-semibold">
        Before you start
      </h2>
      <dl className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <div>
          <dt className="font-semibold">What is recorded</dt>
          <dd className="mt-1 text-slate-700">
            {props.speechEnabled
              ? "Your microphone, while a question is open. The audio is transcribed live and the transcript of each answer is saved (text with timings). We do not store the audio."
              : "The answers you type. Speech-to-text is off for this interview, so nothing is recorded from your microphone."}
            {props.mediaEnabled
              ? ` Your microphone is also streamed to a private room where a recruiter of ${props.companyName} may listen live; the room keeps no recording.`
              : ""}
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Who sees it</dt>
          <dd className="mt-1 text-slate-700">
            Recruiters of {props.companyName}, and you. An AI model scores each answer against a
            rubric; the report shows the quotes from your transcript that each score rests on.
          </dd>
        </div>
        <div>
          <dt className="font-semibold">How long it is kept</dt>
          <dd className="mt-1 text-slate-700">
            {props.retentionDays} days after the interview, then the transcript and report are
            deleted. Ask {props.companyName} to delete them sooner at any time.
          </dd>
        </div>
      </dl>
      <div className="flex items-start gap-2">
        <input
          id={checkboxId}
          type="checkbox"
          checked={agreed}
          disabled={!hydrated}
          onChange={(event) => setAgreed(event.target.checked)}
          className="mt-1 size-4"
        />
        <label htmlFor={checkboxId} className="text-sm">
          I understand and agree to take this interview on these terms.
        </label>
      </div>
      <button type="button" disabled={!agreed} onClick={props.onAccept} className={primaryButton}>
        Continue
      </button>
    </section>
  );
}
