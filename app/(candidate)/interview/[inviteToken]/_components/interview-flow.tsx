"use client";
// The candidate's whole interview on one page: consent → microphone check → one question at a
// time (recording and live transcription start by themselves) → evaluation progress → report.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  type CandidateReport as CandidateReportData,
  createCandidateApi,
  type InterviewStatus,
} from "../_lib/candidate-api";
import { getCandidateMessages } from "../_lib/candidate-messages";
import { DeepgramLive, type LiveState } from "../_lib/deepgram-live";
import { UnsavedSegmentsError } from "../_lib/segment-outbox";
import { useEvaluationResult } from "../_lib/use-evaluation-result";
import { useLevelMeter } from "../_lib/use-level-meter";
import { useMicrophone } from "../_lib/use-microphone";
import { useSavedAnswers } from "../_lib/use-saved-answers";
import { useSpeech } from "../_lib/use-speech";
import { CandidateReport } from "./candidate-report";
import { ConsentStep } from "./consent-step";
import { EvaluatingStep } from "./evaluating-step";
import { MediaRoom } from "./media-room";
import { MicCheckStep } from "./mic-check-step";
import { QuestionStep, type TranscriptLine } from "./question-step";

export type AnswerMode = "speech" | "typed";
type Step =
  | "consent"
  | "mic-check"
  | "interview"
  | "finishing"
  | "evaluating"
  | "report"
  | "failed";

export type InterviewFlowProps = {
  inviteToken: string;
  interviewId: string;
  status: InterviewStatus;
  startedAt: string | null;
  failureReason: string | null;
  companyName: string;
  /** The position's language tag: the texts and the read-aloud voice follow it. */
  language: string;
  speechLocale: string;
  speechEnabled: boolean;
  mediaEnabled: boolean;
  retentionDays: number;
};

export function InterviewFlow(props: InterviewFlowProps) {
  const api = useMemo(
    () => createCandidateApi({ inviteToken: props.inviteToken, interviewId: props.interviewId }),
    [props.inviteToken, props.interviewId],
  );
  const messages = getCandidateMessages(props.language);
  const storageKey = `interview:${props.interviewId}`;
  const [step, setStep] = useState<Step>(() => initialStep(props.status));
  const [status, setStatus] = useState<InterviewStatus>(props.status);
  const [failure, setFailure] = useState<string | null>(props.failureReason);
  const [index, setIndex] = useState(0);
  const [mode, setMode] = useState<AnswerMode>(props.speechEnabled ? "speech" : "typed");
  const [liveState, setLiveState] = useState<LiveState | null>(null);
  const [interim, setInterim] = useState("");
  const [paused, setPaused] = useState(false);
  const [muted, setMuted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<CandidateReportData | null>(null);

  const live = useRef<DeepgramLive | null>(null);
  const questionId = useRef<string | null>(null);
  const questionOpenedAt = useRef(0);
  const startedAtMs = useRef(props.startedAt ? Date.parse(props.startedAt) : Date.now());

  const fail = useCallback((reason: string) => {
    setFailure(reason);
    setStep("failed");
  }, []);
  const answers = useSavedAnswers({ api, storageKey, status: props.status, onLoadFailed: fail });
  const { questions, resumeAt, addSegment } = answers;
  useEffect(() => {
    if (resumeAt !== null) setIndex(resumeAt);
  }, [resumeAt]);
  useEffect(() => setMuted(localStorage.getItem(`${storageKey}:muted`) === "1"), [storageKey]);

  const speech = useSpeech({ locale: props.speechLocale, muted });
  const speak = speech.speak;
  // While the question is read aloud or the candidate pauses, no audio goes out (KeepAlive does).
  const sendAudio = useRef<((pcm: ArrayBuffer, durationMs: number) => void) | null>(null);
  sendAudio.current = (pcm, durationMs) => {
    if (!paused && !speech.speaking) live.current?.sendAudio(pcm, durationMs);
  };
  const microphone = useMicrophone(sendAudio);
  const level = useLevelMeter(microphone.analyser);
  useEffect(() => () => live.current?.stop(), []);

  useEvaluationResult({
    api,
    active: step === "evaluating",
    onStatus: setStatus,
    onReport: useCallback((data: CandidateReportData) => {
      setReport(data);
      setStep("report");
    }, []),
    onFailed: useCallback(
      (reason: string | null) => fail(reason ?? messages.failure.evaluationFailed),
      [fail, messages],
    ),
  });

  const addToOpenQuestion = useCallback(
    (kind: "sp" | "ty", text: string, startMs: number, endMs: number) => {
      const target = questionId.current;
      if (target) addSegment({ kind, questionId: target, text, startMs, endMs });
    },
    [addSegment],
  );

  function startTranscription() {
    const stream = new DeepgramLive({
      getToken: api.getSttToken,
      clockStartMs: Date.now() - startedAtMs.current,
      onInterim: setInterim,
      onFinal: (segment) => addToOpenQuestion("sp", segment.text, segment.startMs, segment.endMs),
      onState: setLiveState,
    });
    live.current = stream;
    stream.start();
  }

  async function beginInterview() {
    setBusy(true);
    try {
      const started = await api.start();
      setStatus(started.status);
      if (resumeAt === null) startedAtMs.current = Date.now();
      setStep("interview");
      if (mode === "speech") startTranscription();
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  const question = questions[index];
  // Each question opens: it becomes the target of what is said, and is read aloud.
  useEffect(() => {
    if (step !== "interview" || !question) return;
    questionId.current = question.id;
    questionOpenedAt.current = Date.now() - startedAtMs.current;
    localStorage.setItem(`${storageKey}:question`, String(index));
    void speak(question.content);
  }, [step, question, index, storageKey, speak]);

  function addTyped(text: string) {
    addToOpenQuestion("ty", text, questionOpenedAt.current, Date.now() - startedAtMs.current);
  }

  function switchToTyping() {
    live.current?.stop();
    live.current = null;
    setLiveState(null);
    setMode("typed");
  }

  async function nextQuestion() {
    setBusy(true);
    speech.cancel();
    await live.current?.finalize();
    setIndex((current) => Math.min(current + 1, questions.length - 1));
    setBusy(false);
  }

  async function finish() {
    setBusy(true);
    speech.cancel();
    await live.current?.finalize();
    live.current?.stop();
    live.current = null;
    await microphone.release();
    setStep("finishing");
    try {
      await answers.drain();
      const completed = await api.complete();
      localStorage.removeItem(`${storageKey}:question`);
      setStatus(completed.status);
      setStep("evaluating");
    } catch (error) {
      // The server's messages stay as sent (English); the outbox's own failure is translated.
      fail(
        error instanceof UnsavedSegmentsError
          ? messages.failure.unsavedAnswer
          : error instanceof Error
            ? error.message
            : String(error),
      );
    } finally {
      setBusy(false);
    }
  }

  const lines: TranscriptLine[] = answers.segments
    .filter((segment) => segment.questionId === question?.id)
    .map((segment) => ({ ...segment, pending: answers.unsavedIds.has(segment.id) }));

  return (
    <div className="space-y-6">
      {step === "consent" && (
        <ConsentStep
          messages={messages.consent}
          companyName={props.companyName}
          speechEnabled={props.speechEnabled}
          mediaEnabled={props.mediaEnabled}
          retentionDays={props.retentionDays}
          onAccept={() => setStep("mic-check")}
        />
      )}
      {step === "mic-check" && (
        <MicCheckStep
          messages={messages.micCheck}
          speechEnabled={props.speechEnabled}
          micState={microphone.state}
          micProblem={microphone.problem}
          level={level}
          mode={mode}
          onModeChange={setMode}
          onAskMic={microphone.ask}
          onStart={beginInterview}
          resumeAt={resumeAt}
          starting={busy || questions.length === 0}
        />
      )}
      {step === "interview" && question && (
        <>
          <QuestionStep
            key={question.id}
            messages={messages.question}
            question={question}
            index={index}
            total={questions.length}
            mode={mode}
            liveState={liveState}
            paused={paused}
            lines={lines}
            interim={interim}
            muted={muted}
            speaking={speech.speaking}
            busy={busy}
            saveWarning={answers.isRetrying ? messages.question.saveRetrying : null}
            onToggleMute={() => {
              localStorage.setItem(`${storageKey}:muted`, muted ? "0" : "1");
              setMuted(!muted);
            }}
            onTogglePause={() => setPaused(!paused)}
            onReadAgain={() => void speak(question.content)}
            onSwitchToTyping={switchToTyping}
            onTyped={addTyped}
            onNext={nextQuestion}
            onFinish={finish}
          />
          <MediaRoom api={api} enabled={props.mediaEnabled} messages={messages.mediaRoom} />
        </>
      )}
      {step === "finishing" && (
        <p role="status" className="text-slate-700">
          {messages.savingLast}
        </p>
      )}
      {step === "evaluating" && <EvaluatingStep status={status} messages={messages.evaluating} />}
      {step === "report" && report && <CandidateReport data={report} messages={messages.report} />}
      {step === "failed" && (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-red-900">
          <p className="font-semibold">{messages.failure.heading}</p>
          <p className="mt-1 text-sm">{failure}</p>
        </div>
      )}
    </div>
  );
}

function initialStep(status: InterviewStatus): Step {
  if (status === "invited") return "consent";
  if (status === "in_progress") return "mic-check";
  if (status === "failed" || status === "expired") return "failed";
  return "evaluating";
}
