"use client";
// The candidate's whole interview on one page: consent → microphone check → one question at a
// time (recording and live transcription start by themselves) → evaluation progress → report.
// `useInterview` runs the steps; this renders the one the candidate is on.
import dynamic from "next/dynamic";
import { useState } from "react";
import type { CandidateNoticeState } from "@/lib/compliance/notice/notice-state";
import { type CandidateMessages, getCandidateMessages } from "../_lib/candidate-messages";
import type { InterviewFailure } from "../_lib/interview-machine";
import { type NoticeChoices, sendNoticeChoices, toPreferencesBody } from "../_lib/notice-choices";
import { getMainProgress } from "../_lib/question-list";
import { type InterviewSettings, useInterview } from "../_lib/use-interview";
import { ExplanationLink } from "../explanation/explanation-link";
import { CandidateReport } from "./candidate-report";
import { ConsentStep } from "./consent-step";
import { EvaluatingStep } from "./evaluating-step";
import { MicCheckStep } from "./mic-check-step";
import { QuestionStep } from "./question-step";
import { SelfIdentificationForm } from "./self-identification-form";

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
  /** The AI notice shown above consent while the interview is invited. */
  notice: CandidateNoticeState | null;
  /** A granted accommodation: typed answers only (speech is off, and the page says why). */
  isTypedOnly: boolean;
};

export function InterviewFlow(props: InterviewFlowProps) {
  const interview = useInterview(props);
  const { state, questionView } = interview;
  const { phase } = state;
  const messages = getCandidateMessages(props.language);
  const [isSending, setIsSending] = useState(false);
  const [noticeError, setNoticeError] = useState<string | null>(null);
  const [isRequestPending, setIsRequestPending] = useState(false);

  // The choices are stored with the notice's hash before consent moves on.
  async function accept(options: { isRecordingAccepted: boolean; choices: NoticeChoices }) {
    const { notice } = props;
    if (notice) {
      setIsSending(true);
      const result = await sendNoticeChoices({
        inviteToken: props.inviteToken,
        interviewId: props.interviewId,
        body: toPreferencesBody(notice.hash, options.choices),
      }).catch(() => ({ ok: false as const, code: "network" }));
      setIsSending(false);
      if (!result.ok) {
        setNoticeError(
          result.code === "notice_changed" ? messages.notice.changed : messages.notice.sendFailed,
        );
        return;
      }
      setIsRequestPending(options.choices.askAccommodation && !notice.isGranted);
    }
    interview.acceptConsent({ isRecordingAccepted: options.isRecordingAccepted });
  }

  return (
    <div className="space-y-6">
      {phase.step === "consent" && (
        <ConsentStep
          messages={messages.consent}
          noticeMessages={messages.notice}
          notice={props.notice}
          isSending={isSending}
          error={noticeError}
          companyName={props.companyName}
          speechEnabled={props.speechEnabled}
          mediaEnabled={props.mediaEnabled}
          retentionDays={props.retentionDays}
          isRecordingOffered={props.isRecordingOffered}
          onAccept={accept}
        />
      )}
      {phase.step === "mic-check" && isRequestPending && (
        <p role="status" className="rounded-lg border border-sky-300 bg-sky-50 p-4 text-sky-950">
          {messages.notice.sent(props.companyName)}
        </p>
      )}
      {phase.step === "mic-check" && (
        <MicCheckStep
          messages={
            props.isTypedOnly
              ? { ...messages.micCheck, sttOff: messages.notice.typedOnly }
              : messages.micCheck
          }
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
      {(phase.step === "evaluating" || phase.step === "report") && (
        <SelfIdentificationForm
          inviteToken={props.inviteToken}
          interviewId={props.interviewId}
          companyName={props.companyName}
          messages={messages.selfIdentification}
        />
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
