import { describe, expect, it } from "vitest";
import { createInterviewState, type InterviewState } from "./interview-machine";
import { getRecordingState, toQuestionStepView } from "./question-step-view";

const main = (order: number) => ({
  id: `q${order}`,
  order,
  content: "Tell me about a launch.",
  category: "technical",
  competency: "delivery",
  parentQuestionId: null,
  followUpNumber: 0,
});
const question = main(2);
const followUp = { ...question, id: "q2-f1", parentQuestionId: "q2", followUpNumber: 1 };
const phase = {
  step: "interview",
  index: 1,
  openedAtMs: 0,
  isPaused: false,
  isAdvancing: false,
  isTimeUp: false,
  hasSpeech: false,
  isDoneOffered: false,
} as const;
const speaking: InterviewState = {
  ...createInterviewState({
    status: "in_progress",
    failureReason: null,
    startedAt: null,
    isSpeechEnabled: true,
  }),
  questions: [main(1), question],
  phase,
};
const base = {
  state: speaking,
  phase,
  question,
  liveState: "open" as const,
  interim: "",
  isSpeaking: false,
  isAiVoice: false,
  isSaveRetrying: false,
  lines: [],
  draft: "",
  secondsLeft: 90,
};

describe("getRecordingState", () => {
  it("puts a pause before the voice, and the voice before the socket's state", () => {
    expect(getRecordingState({ isPaused: true, isSpeaking: true, liveState: "open" })).toBe(
      "paused",
    );
    expect(getRecordingState({ isPaused: false, isSpeaking: true, liveState: "open" })).toBe(
      "reading",
    );
    expect(getRecordingState({ isPaused: false, isSpeaking: false, liveState: "open" })).toBe(
      "recording",
    );
    expect(getRecordingState({ isPaused: false, isSpeaking: false, liveState: null })).toBe(
      "connecting",
    );
  });
});

describe("toQuestionStepView", () => {
  it("numbers the question from 1 and knows the last one", () => {
    const view = toQuestionStepView(base);
    expect(view).toMatchObject({ number: 2, total: 2, isLast: true });
  });

  it("counts a follow-up under its main question, and its label, and knows more may follow", () => {
    const state = { ...speaking, questions: [main(1), question, followUp, main(3)] };
    const view = toQuestionStepView({
      ...base,
      state,
      phase: { ...phase, index: 2 },
      question: followUp,
    });
    expect(view).toMatchObject({ number: 2, total: 3, isFollowUp: true, isLast: false });
    const last = { ...speaking, questions: [main(1), question, followUp] };
    const lastView = toQuestionStepView({ ...base, state: last, phase: { ...phase, index: 2 } });
    expect(lastView).toMatchObject({ number: 2, total: 2, isLast: true });
  });

  it("warns from 30 seconds left on, not before", () => {
    expect(toQuestionStepView({ ...base, secondsLeft: 31 }).isTimeWarning).toBe(false);
    expect(toQuestionStepView({ ...base, secondsLeft: 30 }).isTimeWarning).toBe(true);
    expect(toQuestionStepView({ ...base, secondsLeft: null }).isTimeWarning).toBe(false);
  });

  it("offers 'Done?' only to a speaking candidate", () => {
    const offered = { ...phase, hasSpeech: true, isDoneOffered: true };
    expect(toQuestionStepView({ ...base, phase: offered }).isDoneOffered).toBe(true);
    const typed = { ...speaking, mode: "typed" as const };
    expect(toQuestionStepView({ ...base, state: typed, phase: offered }).isDoneOffered).toBe(false);
  });

  it("offers typing when live transcription has failed", () => {
    const view = toQuestionStepView({ ...base, liveState: "failed" });
    expect(view.answer).toEqual({ mode: "speech", recording: "failed", hasFailed: true });
    expect(view.hint).toBe("wordsAppear");
  });

  it("tells a typing candidate to type, and shows no hint once there is a transcript", () => {
    const typed = { ...speaking, mode: "typed" as const };
    expect(toQuestionStepView({ ...base, state: typed }).hint).toBe("typeBelow");
    const lines = [{ id: "ty-1", text: "We shipped.", isPending: true }];
    expect(toQuestionStepView({ ...base, state: typed, lines }).hint).toBeNull();
    expect(toQuestionStepView({ ...base, interim: "We" }).hint).toBeNull();
  });

  it("says it is listening only while the socket is open and the candidate has not paused", () => {
    expect(toQuestionStepView(base).hint).toBe("listening");
    const paused = { ...phase, isPaused: true };
    expect(toQuestionStepView({ ...base, phase: paused }).hint).toBe("wordsAppear");
  });
});
