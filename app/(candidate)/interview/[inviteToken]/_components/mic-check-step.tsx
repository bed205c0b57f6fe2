"use client";
import { Panel } from "@/app/_components/panel";
import type { CandidateMessages, MicProblem } from "../_lib/candidate-messages";
import type { AnswerMode } from "../_lib/interview-machine";
import type { MicState } from "../_lib/use-microphone";
import { primaryButton, secondaryButton } from "./button-styles";
import { LevelMeter } from "./level-meter";

export function MicCheckStep(props: {
  messages: CandidateMessages["micCheck"];
  speechEnabled: boolean;
  micState: MicState;
  micProblem: MicProblem | null;
  level: number;
  mode: AnswerMode;
  onModeChange: (mode: AnswerMode) => void;
  onAskMic: () => void;
  onStart: () => void;
  /** The main question a reload resumes at; null on a first visit. */
  resumeNumber: number | null;
  starting: boolean;
}) {
  const canStart = props.mode === "typed" || props.micState === "ready";
  const m = props.messages;
  return (
    <Panel
      heading={props.resumeNumber === null ? m.heading : m.welcomeBack}
      tone="plain"
      className="space-y-5"
    >
      {props.resumeNumber !== null && (
        <p className="text-slate-700">{m.resumeNote(props.resumeNumber)}</p>
      )}
      {props.speechEnabled ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">{m.modeLegend}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="answer-mode"
              checked={props.mode === "speech"}
              onChange={() => props.onModeChange("speech")}
            />
            {m.modeSpeech}
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="answer-mode"
              checked={props.mode === "typed"}
              onChange={() => props.onModeChange("typed")}
            />
            {m.modeTyped}
          </label>
        </fieldset>
      ) : (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="stt-off">
          {m.sttOff}
        </p>
      )}
      {props.mode === "speech" && (
        <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          {props.micState === "ready" ? (
            <>
              <p className="text-sm">{m.speakPrompt}</p>
              <LevelMeter level={props.level} label={m.levelLabel} />
            </>
          ) : (
            <>
              <p className="text-sm text-slate-700">{m.browserWillAsk}</p>
              <button
                type="button"
                onClick={props.onAskMic}
                disabled={props.micState === "asking"}
                className={secondaryButton}
              >
                {props.micState === "asking" ? m.waiting : m.allow}
              </button>
            </>
          )}
          {props.micProblem && (
            <p role="alert" className="text-sm text-red-700">
              {m.problems[props.micProblem]}
              {m.typeInstead}
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
        {props.resumeNumber === null ? m.start : m.resume}
      </button>
    </Panel>
  );
}
