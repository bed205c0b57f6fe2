import { describe, expect, it } from "vitest";
import { createInterviewState, type InterviewState } from "./interview-machine";
import { getRecordingState, toQuestionView } from "./question-view";

const question = { id: "q2", order: 2, content: "Tell me about a launch.", competency: "delivery" };
const phase = {
  step: "interview",
  index: 1,
  openedAtMs: 0,
  isPaused: false,
  isAdvancing: false,
} as const;
const speaking: InterviewState = {
  ...createInterviewState({
    status: "in_progress",
    failureReason: null,
    startedAt: null,
    isSpeechEnabled: true,
  }),
  questionCount: 2,
  phase,
};
const base = {
  state: speaking,
  phase,
  question,
  liveState: "open" as const,
  interim: "",
  isSpeaking: false,
  isSaveRetrying: false,
  lines: [],
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

describe("toQuestionView", () => {
  it("numbers the question from 1 and knows the last one", () => {
    const view = toQuestionView(base);
    expect(view).toMatchObject({ number: 2, total: 2, isLast: true });
  });

  it("offers typing when live transcription has failed", () => {
    const view = toQuestionView({ ...base, liveState: "failed" });
    expect(view.answer).toEqual({ mode: "speech", recording: "failed", hasFailed: true });
    expect(view.hint).toBe("wordsAppear");
  });

  it("tells a typing candidate to type, and shows no hint once there is a transcript", () => {
    const typed = { ...speaking, mode: "typed" as const };
    expect(toQuestionView({ ...base, state: typed }).hint).toBe("typeBelow");
    const lines = [{ id: "ty-1", text: "We shipped.", isPending: true }];
    expect(toQuestionView({ ...base, state: typed, lines }).hint).toBeNull();
    expect(toQuestionView({ ...base, interim: "We" }).hint).toBeNull();
  });

  it("says it is listening only while the socket is open and the candidate has not paused", () => {
    expect(toQuestionView(base).hint).toBe("listening");
    const paused = { ...phase, isPaused: true };
    expect(toQuestionView({ ...base, phase: paused }).hint).toBe("wordsAppear");
  });
});
