"use client";
// The candidate's whole interview on one page: consent → microphone check → one question at a
// time (recording and live transcription start by themselves) → evaluation progress → report.
// `useInterview` runs the steps; this renders the one the candidate is on.
import dynamic from "next/dynamic";
import { type CandidateMessages, getCandidateMessages } from "../_lib/candidate-messages";
import type { InterviewFailure } from "../_lib/interview-machine";
import { getMainProgress } from "../_lib/question-list";
import { type InterviewSettings, useInterview } from "../_lib/use-interview";
import { ExplanationLink } from "../explanation/explanation-link";
import { CandidateReport } from "./candidate-report";
import { ConsentStep } from "./consent-step";
import { EvaluatingStep } from "./evaluating-step";
import { MicCheckStep } from "./mic-check-step";
import { QuestionStep } from "./question-step";

// LiveKit is most of a page's weight: only an interview with a room configured downloads it.
const MediaRoom = dynamic(() => import("./media-room").then((module) => module.MediaRoom), {
  ssr: false,
});

export type InterviewFlowProps = InterviewSettings & {
  companyName: string;
  /** The position's language tag: the texts and the read-aloud voice follow it. */
  language: string;
  mediaEnabled: boolean;
  retentionDays: number;
  /** The company records answers: the consent screen asks (in the browser or, with LiveKit, the room). */
  isRecordingOffered: boolean;
};

export function InterviewFlow(props: InterviewFlowProps) {
  const interview = useInterview(props);
  const { state, questionView } = interview;
  const { phase } = state;
  const messages = getCandidateMessages(props.language);

  return (
    <div className="space-y-6">
      {phase.step === "consent" && (
        <ConsentStep
          messages={messages.consent}
          companyName={props.companyName}
          speechEnabled={props.speechEnabled}
          mediaEnabled={props.mediaEnabled}
          retentionDays={props.retentionDays}
          isRecordingOffered={props.isRecordingOffered}
          onAccept={interview.acceptConsent}
        />
      )}
      {phase.step === "mic-check" && (
        <MicCheckStep
          messages={messages.micCheck}
          speechEnabled={props.speechEnabled}
          micState={interview.microphone.state}
          micProblem={interview.microphone.problem}
          level={interview.microphone.level}
          mode={state.mode}
          onModeChange={interview.chooseMode}
          onAskMic={interview.microphone.ask}
          onStart={interview.begin}
          resumeNumber={state.resume && getMainProgress(state.questions, state.resume.index).number}
          starting={phase.isStarting || state.questions.length === 0}
        />
      )}
      {questionView && (
        <>
          <QuestionStep
            key={questionView.question.id}
            view={questionView}
            messages={messages.question}
            on={interview.questionActions}
            language={props.language}
          />
          {props.mediaEnabled && <MediaRoom api={interview.api} messages={messages.mediaRoom} />}
        </>
      )}
      {phase.step === "finishing" && (
        <p role="status" className="text-slate-700">
          {messages.savingLast}
        </p>
      )}
      {phase.step === "evaluating" && (
        <EvaluatingStep status={state.status} messages={messages.evaluating} />
      )}
      {phase.step === "report" && (
        <CandidateReport data={phase.report} messages={messages.report} language={props.language} />
      )}
      {phase.step === "report" && (
        <ExplanationLink inviteToken={props.inviteToken} language={props.language} />
      )}
      {phase.step === "failed" && (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-red-900">
          <p className="font-semibold">{messages.failure.heading}</p>
          <p className="mt-1 text-sm">{describeFailure(phase.failure, messages)}</p>
        </div>
      )}
    </div>
  );
}

function describeFailure(failure: InterviewFailure, messages: CandidateMessages): string {
  if (failure.kind === "unsaved-answer") return messages.failure.unsavedAnswer;
  if (failure.kind === "evaluation-failed") return messages.failure.evaluationFailed;
  return failure.message;
}
