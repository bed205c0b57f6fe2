// The candidate page's steps as one pure reducer: consent → microphone check → one question at a
// time → finishing (the last words are saved) → evaluation → report, or failed from anywhere.
// Side effects (the API, the socket, the microphone, localStorage) live in the hooks that
// dispatch these events; times arrive in events so the reducer stays pure.
import type { CandidateReport, InterviewStatus } from "./candidate-api";
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
      /** Between "next"/"finish" and the last words of the answer coming in. */
      isAdvancing: boolean;
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
  /** 0 until the questions have loaded. */
  questionCount: number;
  /** Where a reload resumes; null on a first visit. */
  resumeAt: number | null;
  /** Zero of the interview's clock (epoch ms), on which every segment is placed. */
  startedAtMs: number | null;
};

export type InterviewEvent =
  | { type: "questions-loaded"; questionCount: number; resumeAt: number | null }
  | { type: "mute-preference-read"; isMuted: boolean }
  | { type: "consent-accepted" }
  | { type: "mode-chosen"; mode: AnswerMode }
  | { type: "start-requested" }
  | { type: "started"; status: InterviewStatus; nowMs: number }
  | { type: "mute-toggled" }
  | { type: "pause-toggled" }
  | { type: "switched-to-typing" }
  | { type: "next-requested" }
  | { type: "question-advanced"; nowMs: number }
  | { type: "finish-requested" }
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
    questionCount: 0,
    resumeAt: null,
    startedAtMs: options.startedAt ? Date.parse(options.startedAt) : null,
  };
}

function initialPhase(status: InterviewStatus, failureReason: string | null): InterviewPhase {
  if (status === "invited") return { step: "consent" };
  if (status === "in_progress") return { step: "mic-check", isStarting: false };
  if (status === "failed" || status === "expired") {
    return { step: "failed", failure: { kind: "server", message: failureReason ?? "" } };
  }
  return { step: "evaluating" };
}

/** The clock's zero once the interview (re)starts at `nowMs`: a resumed one keeps its own. */
export function getClockZeroMs(state: InterviewState, nowMs: number): number {
  return state.resumeAt !== null && state.startedAtMs !== null ? state.startedAtMs : nowMs;
}

export function toInterviewFailure(error: unknown): InterviewFailure {
  if (error instanceof UnsavedSegmentsError) return { kind: "unsaved-answer" };
  return { kind: "server", message: error instanceof Error ? error.message : String(error) };
}

export function interviewReducer(state: InterviewState, event: InterviewEvent): InterviewState {
  const { phase } = state;
  switch (event.type) {
    case "questions-loaded":
      return { ...state, questionCount: event.questionCount, resumeAt: event.resumeAt };
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
      return phase.step === "mic-check" && state.questionCount > 0
        ? { ...state, phase: { ...phase, isStarting: true } }
        : state;
    case "started":
      if (phase.step !== "mic-check") return state;
      return {
        ...state,
        status: event.status,
        startedAtMs: getClockZeroMs(state, event.nowMs),
        phase: {
          step: "interview",
          index: state.resumeAt ?? 0,
          openedAtMs: event.nowMs,
          isPaused: false,
          isAdvancing: false,
        },
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
        ? { ...state, phase: { ...phase, isAdvancing: true } }
        : state;
    case "question-advanced":
      if (phase.step !== "interview") return state;
      return {
        ...state,
        phase: {
          ...phase,
          index: Math.min(phase.index + 1, state.questionCount - 1),
          openedAtMs: event.nowMs,
          isAdvancing: false,
        },
      };
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
