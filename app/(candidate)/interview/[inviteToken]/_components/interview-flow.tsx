"use client";
// The candidate's whole interview on one page: consent → microphone check → one question at a
// time (recording and live transcription start by themselves) → evaluation progress → report.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  type CandidateReport as CandidateReportData,
  createCandidateApi,
  type InterviewQuestion,
  type InterviewStatus,
} from "../_lib/candidate-api";
import { getCandidateMessages, type MicProblem } from "../_lib/candidate-messages";
import { DeepgramLive, type LiveState } from "../_lib/deepgram-live";
import { type PcmCapture, startPcmCapture } from "../_lib/pcm-capture";
import { SegmentOutbox, UnsavedSegmentsError } from "../_lib/segment-outbox";
import { useLevelMeter } from "../_lib/use-level-meter";
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
type Segment = { id: string; questionId: string; text: string };

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

const evaluationPollMs = 1_500;

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
  const [questions, setQuestions] = useState<InterviewQuestion[]>([]);
  const [index, setIndex] = useState(0);
  const [resumeAt, setResumeAt] = useState<number | null>(null);
  const [segments, setSegments] = useState<Segment[]>([]);
  const [unsavedIds, setUnsavedIds] = useState<Set<string>>(new Set());
  const [isSaveRetrying, setIsSaveRetrying] = useState(false);
  const [mode, setMode] = useState<AnswerMode>(props.speechEnabled ? "speech" : "typed");
  const [micState, setMicState] = useState<"idle" | "asking" | "ready" | "denied">("idle");
  const [micProblem, setMicProblem] = useState<MicProblem | null>(null);
  const [analyser, setAnalyser] = useState<AnalyserNode | null>(null);
  const [liveState, setLiveState] = useState<LiveState | null>(null);
  const [interim, setInterim] = useState("");
  const [paused, setPaused] = useState(false);
  const [muted, setMuted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<CandidateReportData | null>(null);

  const outbox = useRef<SegmentOutbox | null>(null);
  const capture = useRef<PcmCapture | null>(null);
  const stream = useRef<MediaStream | null>(null);
  const live = useRef<DeepgramLive | null>(null);
  const questionId = useRef<string | null>(null);
  const questionOpenedAt = useRef(0);
  const startedAtMs = useRef(props.startedAt ? Date.parse(props.startedAt) : Date.now());
  const audioGate = useRef({ paused: false, speaking: false });

  const level = useLevelMeter(analyser);
  const speech = useSpeech({ locale: props.speechLocale, muted });
  audioGate.current = { paused, speaking: speech.speaking };
  const speak = speech.speak;

  // The questions, what was already saved, and where to resume after a reload.
  useEffect(() => {
    const box = new SegmentOutbox(api, `${storageKey}:unsaved`);
    outbox.current = box;
    const sync = () => {
      setUnsavedIds(new Set(box.unsaved.map((segment) => segment.id)));
      setIsSaveRetrying(box.isRetrying);
    };
    const unsubscribe = box.subscribe(sync);
    setMuted(localStorage.getItem(`${storageKey}:muted`) === "1");
    void (async () => {
      try {
        const loaded = await api.getQuestions();
        setQuestions(loaded);
        if (props.status !== "in_progress") return;
        const saved = await api.listSegments();
        const known = new Set(saved.map((segment) => segment.id));
        const pending = box.unsaved.filter((segment) => !known.has(segment.id));
        setSegments([...saved, ...pending]);
        sync();
        void box.flush();
        const stored = Number(localStorage.getItem(`${storageKey}:question`));
        const lastAnswered = Math.max(
          -1,
          ...saved.map((segment) => loaded.findIndex((q) => q.id === segment.questionId)),
        );
        const at = Number.isInteger(stored) && stored > 0 ? stored : Math.max(0, lastAnswered);
        setIndex(Math.min(at, loaded.length - 1));
        setResumeAt(Math.min(at, loaded.length - 1));
      } catch (error) {
        setFailure(error instanceof Error ? error.message : String(error));
        setStep("failed");
      }
    })();
    return () => {
      unsubscribe();
      box.dispose();
    };
  }, [api, storageKey, props.status]);

  // Stop the microphone and the stream when the page goes away.
  useEffect(
    () => () => {
      live.current?.stop();
      void capture.current?.stop();
      for (const track of stream.current?.getTracks() ?? []) track.stop();
    },
    [],
  );

  const addSegment = useCallback(
    (text: string, startMs: number, endMs: number, kind: "sp" | "ty") => {
      const target = questionId.current;
      const box = outbox.current;
      if (!target || !box) return;
      const id = `${kind}-${crypto.randomUUID()}`;
      setSegments((current) => [...current, { id, questionId: target, text }]);
      box.add({ id, questionId: target, speaker: "candidate", text, startMs, endMs });
    },
    [],
  );

  async function askMicrophone() {
    setMicState("asking");
    setMicProblem(null);
    try {
      const media = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: true, noiseSuppression: true },
      });
      stream.current = media;
      const started = await startPcmCapture({
        stream: media,
        onChunk: (pcm, durationMs) => {
          const gate = audioGate.current;
          if (gate.paused || gate.speaking) return;
          live.current?.sendAudio(pcm, durationMs);
        },
      });
      capture.current = started;
      setAnalyser(started.analyser);
      setMicState("ready");
    } catch (error) {
      setMicState("denied");
      setMicProblem(
        error instanceof Error && error.name === "NotAllowedError" ? "blocked" : "unavailable",
      );
    }
  }

  function startTranscription() {
    const stream = new DeepgramLive({
      getToken: api.getSttToken,
      clockStartMs: Date.now() - startedAtMs.current,
      onInterim: setInterim,
      onFinal: (segment) => addSegment(segment.text, segment.startMs, segment.endMs, "sp"),
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
      setFailure(error instanceof Error ? error.message : String(error));
      setStep("failed");
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
    addSegment(text, questionOpenedAt.current, Date.now() - startedAtMs.current, "ty");
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
    await capture.current?.stop();
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    setStep("finishing");
    try {
      await outbox.current?.drain();
      const completed = await api.complete();
      localStorage.removeItem(`${storageKey}:question`);
      setStatus(completed.status);
      setStep("evaluating");
    } catch (error) {
      // The server's messages stay as sent (English); the outbox's own failure is translated.
      setFailure(
        error instanceof UnsavedSegmentsError
          ? messages.failure.unsavedAnswer
          : error instanceof Error
            ? error.message
            : String(error),
      );
      setStep("failed");
    } finally {
      setBusy(false);
    }
  }

  // While the pipeline runs, poll the status; then fetch the report.
  useEffect(() => {
    if (step !== "evaluating") return;
    let cancelled = false;
    const poll = async () => {
      try {
        const interview = await api.getInterview();
        if (cancelled) return;
        setStatus(interview.status);
        if (interview.status === "evaluated") {
          const data = await api.getReport();
          if (cancelled) return;
          setReport(data);
          setStep("report");
        } else if (interview.status === "failed") {
          setFailure(interview.failureReason ?? messages.failure.evaluationFailed);
          setStep("failed");
        }
      } catch {
        // A missed poll is retried on the next tick.
      }
    };
    void poll();
    const timer = setInterval(poll, evaluationPollMs);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [step, api, messages]);

  const lines: TranscriptLine[] = segments
    .filter((segment) => segment.questionId === question?.id)
    .map((segment) => ({ ...segment, pending: unsavedIds.has(segment.id) }));

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
          micState={micState}
          micProblem={micProblem}
          level={level}
          mode={mode}
          onModeChange={setMode}
          onAskMic={askMicrophone}
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
            saveWarning={isSaveRetrying ? messages.question.saveRetrying : null}
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
