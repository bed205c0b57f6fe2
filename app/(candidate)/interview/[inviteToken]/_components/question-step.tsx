"use client";
import { useEffect, useId, useState } from "react";
import type { InterviewQuestion } from "../_lib/candidate-api";
import type { CandidateMessages, RecordingState } from "../_lib/candidate-messages";
import type { LiveState } from "../_lib/deepgram-live";
import { primaryButton, secondaryButton } from "./button-styles";
import type { AnswerMode } from "./interview-flow";

export type TranscriptLine = { id: string; text: string; pending: boolean };

type QuestionMessages = CandidateMessages["question"];

export function QuestionStep(props: {
  messages: QuestionMessages;
  question: InterviewQuestion;
  index: number;
  total: number;
  mode: AnswerMode;
  liveState: LiveState | null;
  paused: boolean;
  lines: TranscriptLine[];
  interim: string;
  muted: boolean;
  speaking: boolean;
  busy: boolean;
  saveWarning: string | null;
  onToggleMute: () => void;
  onTogglePause: () => void;
  onReadAgain: () => void;
  onSwitchToTyping: () => void;
  onTyped: (text: string) => void;
  onNext: () => void;
  onFinish: () => void;
}) {
  const isLast = props.index === props.total - 1;
  const [draft, setDraft] = useState("");
  const draftId = useId();
  const seconds = useElapsedSeconds();
  const recording = props.mode === "speech" && props.liveState === "open" && !props.paused;
  const m = props.messages;

  function submitDraft() {
    const text = draft.trim();
    if (text) props.onTyped(text);
    setDraft("");
  }

  return (
    <section aria-labelledby="question-heading" className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <p className="font-semibold text-indigo-800" data-testid="question-progress">
          {m.progress(props.index + 1, props.total)}
        </p>
        <div className="flex items-center gap-3">
          <RecordingIndicator
            messages={m}
            mode={props.mode}
            liveState={props.liveState}
            paused={props.paused}
            speaking={props.speaking}
            seconds={seconds}
          />
          <button
            type="button"
            onClick={props.onToggleMute}
            aria-pressed={props.muted}
            className={secondaryButton}
          >
            {props.muted ? m.unmute : m.mute}
          </button>
        </div>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-5">
        <p className="text-xs font-medium uppercase tracking-wide text-slate-500">
          {props.question.competency.replaceAll("-", " ")}
        </p>
        <h2 id="question-heading" className="mt-1 text-lg font-semibold leading-snug">
          {props.question.content}
        </h2>
        {!props.muted && (
          <button
            type="button"
            onClick={props.onReadAgain}
            className="mt-2 text-sm text-indigo-700 underline underline-offset-2"
          >
            {props.speaking ? m.readingAloud : m.readAgain}
          </button>
        )}
      </div>

      <div
        aria-live="polite"
        className="min-h-24 rounded-lg bg-slate-50 p-4"
        data-testid="transcript"
      >
        <h3 className="sr-only">{m.transcriptHeading}</h3>
        {props.lines.length === 0 && !props.interim && (
          <p className="text-sm text-slate-500">
            {props.mode === "speech" ? (recording ? m.listening : m.wordsAppear) : m.typeBelow}
          </p>
        )}
        <p className="leading-relaxed">
          {props.lines.map((line) => (
            <span
              key={line.id}
              data-testid="final-segment"
              title={line.pending ? m.saving : m.saved}
              className="text-slate-900"
            >
              {line.text}{" "}
            </span>
          ))}
          {props.interim && (
            <span className="text-slate-400" data-testid="interim-text">
              {props.interim}
            </span>
          )}
        </p>
      </div>

      {props.saveWarning && (
        <p role="status" className="text-sm text-amber-800">
          {props.saveWarning}
        </p>
      )}
      {props.mode === "speech" && props.liveState === "failed" && (
        <div role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {m.transcriptionStopped}{" "}
          <button
            type="button"
            onClick={props.onSwitchToTyping}
            className="font-semibold underline"
          >
            {m.typeInstead}
          </button>
        </div>
      )}

      {props.mode === "typed" ? (
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
            onClick={props.onTogglePause}
            aria-pressed={props.paused}
            className={secondaryButton}
          >
            {props.paused ? m.resume : m.pause}
          </button>
          <button type="button" onClick={props.onSwitchToTyping} className={secondaryButton}>
            {m.typeInstead}
          </button>
        </div>
      )}

      <div className="flex justify-end border-t border-slate-200 pt-4">
        <button
          type="button"
          disabled={props.busy}
          onClick={() => {
            if (props.mode === "typed") submitDraft();
            if (isLast) props.onFinish();
            else props.onNext();
          }}
          className={primaryButton}
        >
          {isLast ? m.finish : m.next}
        </button>
      </div>
    </section>
  );
}

function RecordingIndicator(props: {
  messages: QuestionMessages;
  mode: AnswerMode;
  liveState: LiveState | null;
  paused: boolean;
  speaking: boolean;
  seconds: number;
}) {
  const time = `${Math.floor(props.seconds / 60)}:${String(props.seconds % 60).padStart(2, "0")}`;
  if (props.mode === "typed") {
    return (
      <span className="text-slate-600">
        {props.messages.typing} · {time}
      </span>
    );
  }
  // While the question is read aloud the microphone is not sent, so the reading is not transcribed.
  const state: RecordingState = props.paused
    ? "Paused"
    : props.speaking
      ? "Reading the question"
      : props.liveState === "open"
        ? "Recording"
        : props.liveState === "reconnecting"
          ? "Reconnecting…"
          : props.liveState === "failed"
            ? "Transcription failed"
            : "Connecting…";
  const live = state === "Recording";
  return (
    <span className="flex items-center gap-2" data-testid="recording-indicator" data-state={state}>
      <span
        aria-hidden
        className={`size-2.5 rounded-full ${live ? "animate-pulse bg-red-600" : "bg-slate-400"}`}
      />
      <span className={live ? "font-semibold text-red-700" : "text-slate-600"}>
        {props.messages.recording[state]}
      </span>
      <span className="tabular-nums text-slate-600">{time}</span>
    </span>
  );
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
