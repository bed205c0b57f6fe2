// The candidate page's steps as one pure reducer: consent → microphone check → one question at a
// time → finishing (the last words are saved) → evaluation → report, or failed from anywhere.
// A question's answer ends by "next"/"finish" or when its time runs out; then a follow-up may be
// inserted and opened before the next main question. Side effects (the API, the socket, the
// microphone, localStorage, the clock) live in the hooks that dispatch these events; times
// arrive in events so the reducer stays pure.
import type { CandidateReport, InterviewQuestion, InterviewStatus } from "./candidate-api";
import { insertFollowUp } from "./question-list";
import { UnsavedSegmentsError } from "./segment-outbox";

export type AnswerMode = "speech" | "typed";

/** Why the interview stopped; the page words it in the candidate's language. */
export type InterviewFailure =
  /** The server's own message, shown as sent (English). */
  { kind: "server"; message: string } | { kind: "unsaved-answer" } | { kind: "evaluation-failed" };

export type InterviewPhase =
  | { step: "consent" }
  | { step: "mic-check"; isStarting: boolean }
  | {
      step: "interview";
      index: number;
      /** When this question opened (epoch ms): a typed answer's start. */
      openedAtMs: number;
      isPaused: boolean;
      /** From "next"/"finish" (or the time limit) until the next question opens. */
      isAdvancing: boolean;
      /** The answer's time ran out: the page moves on by itself. */
      isTimeUp: boolean;
      /** Words were heard for this question (spoken answers). */
      hasSpeech: boolean;
      /** Deepgram heard a pause after those words: the page offers "Done? Next question". */
      isDoneOffered: boolean;
    }
  | { step: "finishing" }
  | { step: "evaluating" }
  | { step: "report"; report: CandidateReport }
  | { step: "failed"; failure: InterviewFailure };

export type InterviewState = {
  phase: InterviewPhase;
  status: InterviewStatus;
  mode: AnswerMode;
  isMuted: boolean;
  /** In thread order; empty until loaded; follow-ups are inserted as they are decided. */
  questions: readonly InterviewQuestion[];
  /** Where a reload resumes; null on a first visit. */
  resume: ResumePoint | null;
  /** Zero of the interview's clock (epoch ms), on which every segment is placed. */
  startedAtMs: number | null;
};

/** The question open before a reload, and since when (null: not known, it opens anew). */
export type ResumePoint = { index: number; openedAtMs: number | null };

export type InterviewEvent =
  | {
      type: "questions-loaded";
      questions: readonly InterviewQuestion[];
      resume: ResumePoint | null;
    }
  | { type: "mute-preference-read"; isMuted: boolean }
  | { type: "consent-accepted" }
  | { type: "mode-chosen"; mode: AnswerMode }
  | { type: "start-requested" }
  | { type: "started"; status: InterviewStatus; nowMs: number }
  | { type: "mute-toggled" }
  | { type: "pause-toggled" }
  | { type: "switched-to-typing" }
  | { type: "next-requested" }
  | { type: "finish-requested" }
  | { type: "time-up" }
  /** The answer is in and the follow-up decided: open `followUp`, else the next main question. */
  | { type: "question-advanced"; followUp: InterviewQuestion | null; nowMs: number }
  /** New words of the open answer, interim or final. */
  | { type: "speech-heard" }
  /** Deepgram's UtteranceEnd: a long enough gap after the last word. */
  | { type: "utterance-ended" }
  /** The last words are in and the microphone is released: the outbox drains. */
  | { type: "answers-sealed" }
  | { type: "completed"; status: InterviewStatus }
  | { type: "status-polled"; status: InterviewStatus }
  | { type: "report-loaded"; report: CandidateReport }
  | { type: "failed"; failure: InterviewFailure };

export function createInterviewState(options: {
  status: InterviewStatus;
  failureReason: string | null;
  startedAt: string | null;
  isSpeechEnabled: boolean;
}): InterviewState {
  return {
    phase: initialPhase(options.status, options.failureReason),
    status: options.status,
    mode: options.isSpeechEnabled ? "speech" : "typed",
    isMuted: false,
    questions: [],
    resume: null,
    startedAtMs: options.startedAt ? Date.parse(options.startedAt) : null,
  };
}

function initialPhase(status: InterviewStatus, failureReason: string | null): InterviewPhase {
  if (status === "invited") return { step: "consent" };
  if (status === "in_progress") return { step: "mic-check", isStarting: false };
  if (status === "failed" || status === "expired") {
    const failure: InterviewFailure = failureReason
      ? { kind: "server", message: failureReason }
      : { kind: "evaluation-failed" };
    return { step: "failed", failure };
  }
  return { step: "evaluating" };
}

/** The clock's zero once the interview (re)starts at `nowMs`: a resumed one keeps its own. */
export function getClockZeroMs(state: InterviewState, nowMs: number): number {
  return state.resume !== null && state.startedAtMs !== null ? state.startedAtMs : nowMs;
}

function openQuestion(options: { index: number; openedAtMs: number; isPaused: boolean }) {
  return {
    step: "interview",
    ...options,
    isAdvancing: false,
    isTimeUp: false,
    hasSpeech: false,
    isDoneOffered: false,
  } satisfies InterviewPhase;
}

export function toInterviewFailure(error: unknown): InterviewFailure {
  if (error instanceof UnsavedSegmentsError) return { kind: "unsaved-answer" };
  return { kind: "server", message: error instanceof Error ? error.message : String(error) };
}

export function interviewReducer(state: InterviewState, event: InterviewEvent): InterviewState {
  const { phase } = state;
  switch (event.type) {
    case "questions-loaded":
      return { ...state, questions: event.questions, resume: event.resume };
    case "mute-preference-read":
      return { ...state, isMuted: event.isMuted };
    case "mute-toggled":
      return { ...state, isMuted: !state.isMuted };
    case "consent-accepted":
      return phase.step === "consent"
        ? { ...state, phase: { step: "mic-check", isStarting: false } }
        : state;
    case "mode-chosen":
      return phase.step === "mic-check" ? { ...state, mode: event.mode } : state;
    case "start-requested":
      return phase.step === "mic-check" && state.questions.length > 0
        ? { ...state, phase: { ...phase, isStarting: true } }
        : state;
    case "started":
      if (phase.step !== "mic-check") return state;
      return {
        ...state,
        status: event.status,
        startedAtMs: getClockZeroMs(state, event.nowMs),
        // A reload goes on with the open question's clock; a first visit starts it now.
        phase: openQuestion({
          index: state.resume?.index ?? 0,
          openedAtMs: Math.min(state.resume?.openedAtMs ?? event.nowMs, event.nowMs),
          isPaused: false,
        }),
      };
    case "pause-toggled":
      return phase.step === "interview"
        ? { ...state, phase: { ...phase, isPaused: !phase.isPaused } }
        : state;
    case "switched-to-typing":
      return phase.step === "interview" ? { ...state, mode: "typed" } : state;
    case "next-requested":
    case "finish-requested":
      return phase.step === "interview" && !phase.isAdvancing
        ? { ...state, phase: { ...phase, isAdvancing: true, isDoneOffered: false } }
        : state;
    case "time-up":
      return phase.step === "interview" && !phase.isAdvancing
        ? { ...state, phase: { ...phase, isAdvancing: true, isTimeUp: true, isDoneOffered: false } }
        : state;
    case "question-advanced": {
      if (phase.step !== "interview") return state;
      const { followUp } = event;
      const questions = followUp
        ? insertFollowUp(state.questions, { afterIndex: phase.index, followUp })
        : state.questions;
      const next = followUp
        ? questions.findIndex((question) => question.id === followUp.id)
        : phase.index + 1;
      return {
        ...state,
        questions,
        phase: openQuestion({
          index: Math.min(next, questions.length - 1),
          openedAtMs: event.nowMs,
          isPaused: phase.isPaused,
        }),
      };
    }
    case "speech-heard":
      return phase.step === "interview" && (!phase.hasSpeech || phase.isDoneOffered)
        ? { ...state, phase: { ...phase, hasSpeech: true, isDoneOffered: false } }
        : state;
    case "utterance-ended":
      return phase.step === "interview" && phase.hasSpeech && !phase.isAdvancing
        ? { ...state, phase: { ...phase, isDoneOffered: true } }
        : state;
    case "answers-sealed":
      return phase.step === "interview" ? { ...state, phase: { step: "finishing" } } : state;
    case "completed":
      return phase.step === "finishing"
        ? { ...state, status: event.status, phase: { step: "evaluating" } }
        : state;
    case "status-polled":
      return phase.step === "evaluating" ? { ...state, status: event.status } : state;
    case "report-loaded":
      return phase.step === "evaluating"
        ? { ...state, phase: { step: "report", report: event.report } }
        : state;
    case "failed":
      return { ...state, phase: { step: "failed", failure: event.failure } };
  }
}
