// What the question step shows, derived from the machine's state, the live socket, the voice and
// the answer clock: the component only renders it.
import { warningSeconds } from "./answer-clock";
import type { InterviewQuestion } from "./candidate-api";
import type { LiveState } from "./deepgram-live";
import type { InterviewPhase, InterviewState } from "./interview-machine";
import { getMainProgress, isFollowUp } from "./question-list";

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
  changeDraft: (text: string) => void;
  /** Saves the typed draft as a part of the answer. */
  saveDraft: () => void;
  /** Next question, or finish on the last one: the answer ends, a follow-up may open. */
  advance: () => void;
};

/** The text shown while the transcript is empty; a key of the question messages. */
export type TranscriptHint = "listening" | "wordsAppear" | "typeBelow";

export type QuestionView = {
  question: InterviewQuestion;
  /** Among the main questions: a follow-up shows its parent's number. */
  number: number;
  total: number;
  isFollowUp: boolean;
  /** Nothing after this one yet: the button finishes (unless a follow-up comes). */
  isLast: boolean;
  /** Typing, or speaking with what the indicator shows; `hasFailed` offers typing instead. */
  answer: { mode: "typed" } | { mode: "speech"; recording: RecordingState; hasFailed: boolean };
  isPaused: boolean;
  isMuted: boolean;
  isSpeaking: boolean;
  /** The questions are read by an AI voice: the page says so. */
  isAiVoice: boolean;
  isAdvancing: boolean;
  isSaveRetrying: boolean;
  lines: TranscriptLine[];
  interim: string;
  hint: TranscriptHint | null;
  /** The typed answer not yet saved. */
  draft: string;
  /** Seconds left for this answer; null until the clock runs. */
  secondsLeft: number | null;
  isTimeWarning: boolean;
  isTimeUp: boolean;
  /** Offer "Done? Next question": the candidate spoke, then paused (never ends the answer). */
  isDoneOffered: boolean;
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

export function toQuestionStepView(options: {
  state: InterviewState;
  phase: Extract<InterviewPhase, { step: "interview" }>;
  question: InterviewQuestion;
  liveState: LiveState | null;
  interim: string;
  isSpeaking: boolean;
  isAiVoice: boolean;
  isSaveRetrying: boolean;
  lines: TranscriptLine[];
  draft: string;
  secondsLeft: number | null;
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
  const { secondsLeft } = options;
  return {
    question: options.question,
    ...getMainProgress(state.questions, phase.index),
    isFollowUp: isFollowUp(options.question),
    isLast: phase.index === state.questions.length - 1,
    answer,
    isPaused: phase.isPaused,
    isMuted: state.isMuted,
    isSpeaking: options.isSpeaking,
    isAiVoice: options.isAiVoice,
    isAdvancing: phase.isAdvancing,
    isSaveRetrying: options.isSaveRetrying,
    lines: options.lines,
    interim: options.interim,
    hint: isEmpty
      ? getHint({ mode: state.mode, isPaused: phase.isPaused, liveState: options.liveState })
      : null,
    draft: options.draft,
    secondsLeft,
    isTimeWarning: secondsLeft !== null && secondsLeft <= warningSeconds,
    isTimeUp: phase.isTimeUp,
    isDoneOffered: answer.mode === "speech" && phase.isDoneOffered,
  };
}
