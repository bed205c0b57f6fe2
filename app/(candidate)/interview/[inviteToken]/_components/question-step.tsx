"use client";
import { useEffect, useId, useState } from "react";
import type { CandidateMessages } from "../_lib/candidate-messages";
import type { QuestionActions, QuestionView, RecordingState } from "../_lib/question-view";
import { primaryButton, secondaryButton } from "./button-styles";

type QuestionMessages = CandidateMessages["question"];

export function QuestionStep(props: {
  view: QuestionView;
  messages: QuestionMessages;
  on: QuestionActions;
}) {
  const { view, on, messages: m } = props;
  const [draft, setDraft] = useState("");
  const draftId = useId();
  const seconds = useElapsedSeconds();

  function submitDraft() {
    const text = draft.trim();
    if (text) on.saveTyped(text);
    setDraft("");
  }

  return (
    <section aria-labelledby="question-heading" className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <p className="font-semibold text-indigo-800" data-testid="question-progress">
          {m.progress(view.number, view.total)}
        </p>
        <div className="flex items-center gap-3">
          {view.answer.mode === "typed" ? (
            <span className="text-slate-600">
              {m.typing} · {formatElapsed(seconds)}
            </span>
          ) : (
            <RecordingIndicator state={view.answer.recording} seconds={seconds} messages={m} />
          )}
          <button
            type="button"
            onClick={on.toggleMute}
            aria-pressed={view.isMuted}
            className={secondaryButton}
          >
            {view.isMuted ? m.unmute : m.mute}
          </button>
        </div>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-5">
        <p className="text-xs font-medium uppercase tracking-wide text-slate-500">
          {view.question.competency.replaceAll("-", " ")}
        </p>
        <h2 id="question-heading" className="mt-1 text-lg font-semibold leading-snug">
          {view.question.content}
        </h2>
        {!view.isMuted && (
          <button
            type="button"
            onClick={on.readAgain}
            className="mt-2 text-sm text-indigo-700 underline underline-offset-2"
          >
            {view.isSpeaking ? m.readingAloud : m.readAgain}
          </button>
        )}
      </div>

      <div
        aria-live="polite"
        className="min-h-24 rounded-lg bg-slate-50 p-4"
        data-testid="transcript"
      >
        <h3 className="sr-only">{m.transcriptHeading}</h3>
        {view.hint && <p className="text-sm text-slate-500">{m[view.hint]}</p>}
        <p className="leading-relaxed">
          {view.lines.map((line) => (
            <span
              key={line.id}
              data-testid="final-segment"
              title={line.isPending ? m.saving : m.saved}
              className="text-slate-900"
            >
              {line.text}{" "}
            </span>
          ))}
          {view.interim && (
            <span className="text-slate-400" data-testid="interim-text">
              {view.interim}
            </span>
          )}
        </p>
      </div>

      {view.isSaveRetrying && (
        <p role="status" className="text-sm text-amber-800">
          {m.saveRetrying}
        </p>
      )}
      {view.answer.mode === "speech" && view.answer.hasFailed && (
        <div role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {m.transcriptionStopped}{" "}
          <button type="button" onClick={on.switchToTyping} className="font-semibold underline">
            {m.typeInstead}
          </button>
        </div>
      )}

      {view.answer.mode === "typed" ? (
        <div className="space-y-2">
          <label htmlFor={draftId} className="block text-sm font-medium">
            {m.yourAnswer}
          </label>
          <textarea
            id={draftId}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            rows={6}
            className="w-full rounded-md border border-slate-300 p-3 focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-200"
          />
          <button
            type="button"
            onClick={submitDraft}
            disabled={!draft.trim()}
            className={secondaryButton}
          >
            {m.savePart}
          </button>
        </div>
      ) : (
        <div className="flex flex-wrap gap-3 text-sm">
          <button
            type="button"
            onClick={on.togglePause}
            aria-pressed={view.isPaused}
            className={secondaryButton}
          >
            {view.isPaused ? m.resume : m.pause}
          </button>
          <button type="button" onClick={on.switchToTyping} className={secondaryButton}>
            {m.typeInstead}
          </button>
        </div>
      )}

      <div className="flex justify-end border-t border-slate-200 pt-4">
        <button
          type="button"
          disabled={view.isAdvancing}
          onClick={() => {
            if (view.answer.mode === "typed") submitDraft();
            if (view.isLast) on.finish();
            else on.next();
          }}
          className={primaryButton}
        >
          {view.isLast ? m.finish : m.next}
        </button>
      </div>
    </section>
  );
}

function RecordingIndicator(props: {
  state: RecordingState;
  seconds: number;
  messages: QuestionMessages;
}) {
  const isLive = props.state === "recording";
  return (
    <span
      className="flex items-center gap-2"
      data-testid="recording-indicator"
      data-state={props.state}
    >
      <span
        aria-hidden
        className={`size-2.5 rounded-full ${isLive ? "animate-pulse bg-red-600" : "bg-slate-400"}`}
      />
      <span className={isLive ? "font-semibold text-red-700" : "text-slate-600"}>
        {props.messages.recording[props.state]}
      </span>
      <span className="tabular-nums text-slate-600">{formatElapsed(props.seconds)}</span>
    </span>
  );
}

function formatElapsed(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** Seconds since this question opened (the step is keyed by question, so it starts at 0). */
function useElapsedSeconds(): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const startedAt = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - startedAt) / 1000)), 1000);
    return () => clearInterval(timer);
  }, []);
  return seconds;
}
