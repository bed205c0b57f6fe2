"use client";
import { useId } from "react";
import { getCompetencyLabel } from "@/lib/competencies/registry";
import type { CandidateMessages } from "../_lib/candidate-messages";
import type { QuestionActions, QuestionView } from "../_lib/question-step-view";
import { AiVoiceNotice } from "./ai-voice-notice";
import { secondaryButton } from "./button-styles";
import { QuestionFooter } from "./question-footer";
import { RecordingIndicator } from "./recording-indicator";
import { TimeLeft, TimeNotice } from "./time-left";

type QuestionMessages = CandidateMessages["question"];

export function QuestionStep(props: {
  view: QuestionView;
  messages: QuestionMessages;
  on: QuestionActions;
  /** The position's language: the competency is named in it. */
  language: string;
}) {
  const { view, on, messages: m } = props;
  const draftId = useId();
  const progress = m.progress(view.number, view.total);

  return (
    <section
      aria-labelledby="question-heading"
      data-question-id={view.question.id}
      className="space-y-5"
    >
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <p className="font-semibold text-indigo-800" data-testid="question-progress">
          {view.isFollowUp ? `${progress} · ${m.followUp}` : progress}
        </p>
        <div className="flex items-center gap-3">
          {view.answer.mode === "typed" ? (
            <span className="text-slate-600">{m.typing}</span>
          ) : (
            <RecordingIndicator state={view.answer.recording} messages={m} />
          )}
          {view.secondsLeft !== null && (
            <TimeLeft secondsLeft={view.secondsLeft} isWarning={view.isTimeWarning} messages={m} />
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
      <div
        className={`rounded-lg border bg-white p-5 ${view.isFollowUp ? "border-indigo-300" : "border-slate-200"}`}
      >
        <p className="text-xs font-medium uppercase tracking-wide text-slate-500">
          {view.isFollowUp && (
            <span className="mr-2 rounded bg-indigo-100 px-1.5 py-0.5 text-indigo-800">
              {m.followUp}
            </span>
          )}
          {getCompetencyLabel({ competency: view.question.competency, language: props.language })}
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
        {view.isAiVoice && (
          <div className="mt-2">
            <AiVoiceNotice messages={m} />
          </div>
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

      <TimeNotice isWarning={view.isTimeWarning} isTimeUp={view.isTimeUp} messages={m} />
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
            value={view.draft}
            readOnly={view.isAdvancing}
            onChange={(event) => on.changeDraft(event.target.value)}
            rows={6}
            className="w-full rounded-md border border-slate-300 p-3 focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-200"
          />
          <button
            type="button"
            onClick={on.saveDraft}
            disabled={!view.draft.trim()}
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

      <QuestionFooter view={view} messages={m} onAdvance={on.advance} />
    </section>
  );
}
