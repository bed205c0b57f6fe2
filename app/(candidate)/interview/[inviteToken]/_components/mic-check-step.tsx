"use client";
import { primaryButton, secondaryButton } from "./button-styles";
import type { AnswerMode } from "./interview-flow";
import { LevelMeter } from "./level-meter";

export function MicCheckStep(props: {
  speechEnabled: boolean;
  micState: "idle" | "asking" | "ready" | "denied";
  micError: string | null;
  level: number;
  mode: AnswerMode;
  onModeChange: (mode: AnswerMode) => void;
  onAskMic: () => void;
  onStart: () => void;
  resumeAt: number | null;
  starting: boolean;
}) {
  const canStart = props.mode === "typed" || props.micState === "ready";
  return (
    <section aria-labelledby="mic-heading" className="space-y-5">
      <h2 id="mic-heading" className="text-xl font-semibold">
        {props.resumeAt === null ? "Check your microphone" : "Welcome back"}
      </h2>
      {props.resumeAt !== null && (
        <p className="text-slate-700">
          Your answers so far are saved. You will continue at question {props.resumeAt + 1}.
        </p>
      )}
      {props.speechEnabled ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">How will you answer?</legend>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="answer-mode"
              checked={props.mode === "speech"}
              onChange={() => props.onModeChange("speech")}
            />
            Speak (live transcript)
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="answer-mode"
              checked={props.mode === "typed"}
              onChange={() => props.onModeChange("typed")}
            />
            Type my answers
          </label>
        </fieldset>
      ) : (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="stt-off">
          Speech-to-text is off on this server, so you will type your answers.
        </p>
      )}
      {props.mode === "speech" && (
        <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          {props.micState === "ready" ? (
            <>
              <p className="text-sm">Say something: the bar should move while you speak.</p>
              <LevelMeter level={props.level} />
            </>
          ) : (
            <>
              <p className="text-sm text-slate-700">Your browser will ask to use the microphone.</p>
              <button
                type="button"
                onClick={props.onAskMic}
                disabled={props.micState === "asking"}
                className={secondaryButton}
              >
                {props.micState === "asking" ? "Waiting for permission…" : "Allow microphone"}
              </button>
            </>
          )}
          {props.micError && (
            <p role="alert" className="text-sm text-red-700">
              {props.micError} You can type your answers instead.
            </p>
          )}
        </div>
      )}
      <button
        type="button"
        disabled={!canStart || props.starting}
        onClick={props.onStart}
        className={primaryButton}
      >
        {props.resumeAt === null ? "Start the interview" : "Resume the interview"}
      </button>
    </section>
  );
}
