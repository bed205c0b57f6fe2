// What the question step shows, derived from the machine's state, the live socket and the voice:
// the component only renders it.
import type { InterviewQuestion } from "./candidate-api";
import type { LiveState } from "./deepgram-live";
import type { InterviewPhase, InterviewState } from "./interview-machine";

/** The recording indicator's states; also its `data-state`, which the browser tests read. */
export type RecordingState =
  | "paused"
  | "reading"
  | "recording"
  | "reconnecting"
  | "failed"
  | "connecting";

export type TranscriptLine = { id: string; text: string; isPending: boolean };

export type QuestionActions = {
  toggleMute: () => void;
  togglePause: () => void;
  readAgain: () => void;
  switchToTyping: () => void;
  saveTyped: (text: string) => void;
  next: () => void;
  finish: () => void;
};

/** The text shown while the transcript is empty; a key of the question messages. */
export type TranscriptHint = "listening" | "wordsAppear" | "typeBelow";

export type QuestionView = {
  question: InterviewQuestion;
  number: number;
  total: number;
  isLast: boolean;
  /** Typing, or speaking with what the indicator shows; `hasFailed` offers typing instead. */
  answer: { mode: "typed" } | { mode: "speech"; recording: RecordingState; hasFailed: boolean };
  isPaused: boolean;
  isMuted: boolean;
  isSpeaking: boolean;
  isAdvancing: boolean;
  isSaveRetrying: boolean;
  lines: TranscriptLine[];
  interim: string;
  hint: TranscriptHint | null;
};

/** While the question is read aloud the microphone is not sent, so the reading is not transcribed. */
export function getRecordingState(options: {
  isPaused: boolean;
  isSpeaking: boolean;
  liveState: LiveState | null;
}): RecordingState {
  if (options.isPaused) return "paused";
  if (options.isSpeaking) return "reading";
  if (options.liveState === "open") return "recording";
  if (options.liveState === "reconnecting") return "reconnecting";
  if (options.liveState === "failed") return "failed";
  return "connecting";
}

function getHint(options: {
  mode: "typed" | "speech";
  isPaused: boolean;
  liveState: LiveState | null;
}): TranscriptHint {
  if (options.mode === "typed") return "typeBelow";
  return options.liveState === "open" && !options.isPaused ? "listening" : "wordsAppear";
}

export function toQuestionView(options: {
  state: InterviewState;
  phase: Extract<InterviewPhase, { step: "interview" }>;
  question: InterviewQuestion;
  liveState: LiveState | null;
  interim: string;
  isSpeaking: boolean;
  isSaveRetrying: boolean;
  lines: TranscriptLine[];
}): QuestionView {
  const { state, phase } = options;
  const recording = getRecordingState({
    isPaused: phase.isPaused,
    isSpeaking: options.isSpeaking,
    liveState: options.liveState,
  });
  const answer: QuestionView["answer"] =
    state.mode === "typed"
      ? { mode: "typed" }
      : { mode: "speech", recording, hasFailed: options.liveState === "failed" };
  const isEmpty = options.lines.length === 0 && !options.interim;
  return {
    question: options.question,
    number: phase.index + 1,
    total: state.questionCount,
    isLast: phase.index === state.questionCount - 1,
    answer,
    isPaused: phase.isPaused,
    isMuted: state.isMuted,
    isSpeaking: options.isSpeaking,
    isAdvancing: phase.isAdvancing,
    isSaveRetrying: options.isSaveRetrying,
    lines: options.lines,
    interim: options.interim,
    hint: isEmpty
      ? getHint({ mode: state.mode, isPaused: phase.isPaused, liveState: options.liveState })
      : null,
  };
}
