import { describe, expect, it } from "vitest";
import type { InterviewQuestion } from "./candidate-api";
import {
  createInterviewState,
  type InterviewEvent,
  type InterviewState,
  interviewReducer,
  toInterviewFailure,
} from "./interview-machine";
import { UnsavedSegmentsError } from "./segment-outbox";

const startedAt = "2026-11-30T10:00:00.000Z";
const startedAtMs = Date.parse(startedAt);

function run(state: InterviewState, ...events: InterviewEvent[]): InterviewState {
  return events.reduce(interviewReducer, state);
}

function mainQuestion(order: number): InterviewQuestion {
  const id = `q${order}`;
  return {
    id,
    order,
    content: `Question ${order}`,
    category: "technical",
    competency: "delivery",
    parentQuestionId: null,
    followUpNumber: 0,
  };
}
const questions = [mainQuestion(1), mainQuestion(2), mainQuestion(3)];
const followUpTo = (parent: InterviewQuestion, followUpNumber = 1): InterviewQuestion => {
  const parentQuestionId = parent.parentQuestionId ?? parent.id;
  return {
    ...parent,
    id: `${parentQuestionId}-f${followUpNumber}`,
    content: "What was the outcome, in numbers?",
    parentQuestionId,
    followUpNumber,
  };
};
const advanced = (nowMs: number, followUp: InterviewQuestion | null = null): InterviewEvent => ({
  type: "question-advanced",
  followUp,
  nowMs,
});

const invited = createInterviewState({
  status: "invited",
  failureReason: null,
  startedAt: null,
  isSpeechEnabled: true,
});

/** An invited candidate who consented and answered the first question of three. */
function atQuestion(index: number): InterviewState {
  const state = run(
    invited,
    { type: "questions-loaded", questions, resume: null },
    { type: "consent-accepted" },
    { type: "start-requested" },
    { type: "started", status: "in_progress", nowMs: 1_000 },
  );
  const advances = Array.from({ length: index }, (_, step): InterviewEvent[] => [
    { type: "next-requested" },
    advanced(2_000 + step),
  ]).flat();
  return run(state, ...advances);
}

describe("interviewReducer", () => {
  it("opens on consent for an invite, and on the microphone check for an interview under way", () => {
    expect(invited.phase.step).toBe("consent");
    const resumed = createInterviewState({
      status: "in_progress",
      failureReason: null,
      startedAt,
      isSpeechEnabled: false,
    });
    expect(resumed.phase.step).toBe("mic-check");
    expect(resumed.mode).toBe("typed");
  });

  it("shows a failed interview's reason and follows an evaluation already under way", () => {
    const failed = createInterviewState({
      status: "failed",
      failureReason: "The scorer gave up.",
      startedAt,
      isSpeechEnabled: true,
    });
    expect(failed.phase).toEqual({
      step: "failed",
      failure: { kind: "server", message: "The scorer gave up." },
    });
    const withoutReason = createInterviewState({
      status: "failed",
      failureReason: null,
      startedAt,
      isSpeechEnabled: true,
    });
    expect(withoutReason.phase).toEqual({
      step: "failed",
      failure: { kind: "evaluation-failed" },
    });
    const evaluating = createInterviewState({
      status: "evaluating",
      failureReason: null,
      startedAt,
      isSpeechEnabled: true,
    });
    expect(evaluating.phase.step).toBe("evaluating");
  });

  it("does not start before the questions have loaded", () => {
    const state = run(invited, { type: "consent-accepted" }, { type: "start-requested" });
    expect(state.phase).toEqual({ step: "mic-check", isStarting: false });
  });

  it("starts a first visit at question 1 with the clock at the start", () => {
    const state = atQuestion(0);
    expect(state.phase).toMatchObject({ step: "interview", index: 0, openedAtMs: 1_000 });
    expect(state.startedAtMs).toBe(1_000);
    expect(state.status).toBe("in_progress");
  });

  it("resumes a reloaded interview at the saved question, on the interview's own clock", () => {
    const reloaded = createInterviewState({
      status: "in_progress",
      failureReason: null,
      startedAt,
      isSpeechEnabled: true,
    });
    const state = run(
      reloaded,
      { type: "questions-loaded", questions, resume: { index: 2, openedAtMs: null } },
      { type: "start-requested" },
      { type: "started", status: "in_progress", nowMs: startedAtMs + 60_000 },
    );
    expect(state.phase).toMatchObject({
      step: "interview",
      index: 2,
      openedAtMs: startedAtMs + 60_000,
    });
    expect(state.startedAtMs).toBe(startedAtMs);
  });

  it("continues a reloaded question's countdown from when it opened, not from the reload", () => {
    const reloaded = createInterviewState({
      status: "in_progress",
      failureReason: null,
      startedAt,
      isSpeechEnabled: false,
    });
    const openedAtMs = startedAtMs + 30_000;
    const state = run(
      reloaded,
      { type: "questions-loaded", questions, resume: { index: 1, openedAtMs } },
      { type: "start-requested" },
      { type: "started", status: "in_progress", nowMs: startedAtMs + 90_000 },
    );
    expect(state.phase).toMatchObject({ index: 1, openedAtMs });
  });

  it("moves to the next question once, however often next is pressed", () => {
    const state = run(
      atQuestion(0),
      { type: "next-requested" },
      { type: "next-requested" },
      advanced(5_000),
    );
    expect(state.phase).toMatchObject({ index: 1, openedAtMs: 5_000, isAdvancing: false });
  });

  it("never moves past the last question", () => {
    const state = run(atQuestion(2), advanced(9_000));
    expect(state.phase).toMatchObject({ index: 2 });
  });

  it("keeps a pause across questions until the candidate resumes", () => {
    const paused = run(atQuestion(0), { type: "pause-toggled" });
    const next = run(paused, { type: "next-requested" }, advanced(1));
    expect(next.phase).toMatchObject({ index: 1, isPaused: true });
    expect(run(next, { type: "pause-toggled" }).phase).toMatchObject({ isPaused: false });
  });

  it("falls back from speech to typing when live transcription fails, keeping the question", () => {
    const state = run(atQuestion(1), { type: "switched-to-typing" });
    expect(state.mode).toBe("typed");
    expect(state.phase).toMatchObject({ step: "interview", index: 1 });
  });

  it("lets the answer mode change only before the interview starts", () => {
    const atCheck = run(invited, { type: "consent-accepted" });
    expect(run(atCheck, { type: "mode-chosen", mode: "typed" }).mode).toBe("typed");
    expect(run(atQuestion(0), { type: "mode-chosen", mode: "typed" }).mode).toBe("speech");
  });

  it("finishes through saving the last answer, then evaluation, then the report", () => {
    const finishing = run(atQuestion(2), { type: "finish-requested" });
    expect(finishing.phase).toMatchObject({ step: "interview", isAdvancing: true });
    const sealed = run(finishing, { type: "answers-sealed" });
    expect(sealed.phase).toEqual({ step: "finishing" });
    const evaluating = run(sealed, { type: "completed", status: "completed" });
    expect(evaluating.phase).toEqual({ step: "evaluating" });
    expect(evaluating.status).toBe("completed");
    const polled = run(evaluating, { type: "status-polled", status: "evaluating" });
    expect(polled.status).toBe("evaluating");
    const report = { level: "none", aiScoring: true } as const;
    expect(run(polled, { type: "report-loaded", report }).phase).toEqual({
      step: "report",
      report,
    });
  });

  it("ends on the failure when the last answer cannot be saved", () => {
    const state = run(
      atQuestion(2),
      { type: "finish-requested" },
      { type: "answers-sealed" },
      { type: "failed", failure: toInterviewFailure(new UnsavedSegmentsError()) },
    );
    expect(state.phase).toEqual({ step: "failed", failure: { kind: "unsaved-answer" } });
  });

  it("ignores a report that arrives before the interview was completed", () => {
    const state = run(atQuestion(0), {
      type: "report-loaded",
      report: { level: "none", aiScoring: true },
    });
    expect(state.phase.step).toBe("interview");
  });

  it("opens a follow-up right after the answered question, then goes on to the next main one", () => {
    const followUp = followUpTo(mainQuestion(1));
    const asked = run(atQuestion(0), { type: "next-requested" }, advanced(5_000, followUp));
    expect(asked.questions.map((question) => question.id)).toEqual(["q1", "q1-f1", "q2", "q3"]);
    expect(asked.phase).toMatchObject({ index: 1, openedAtMs: 5_000, isAdvancing: false });
    const next = run(asked, { type: "next-requested" }, advanced(6_000));
    expect(next.phase).toMatchObject({ index: 2 });
    expect(next.questions[2]?.id).toBe("q2");
  });

  it("turns the last question's finish into one more question when a follow-up comes", () => {
    const followUp = followUpTo(mainQuestion(3));
    const state = run(atQuestion(2), { type: "finish-requested" }, advanced(7_000, followUp));
    expect(state.phase).toMatchObject({ step: "interview", index: 3, isAdvancing: false });
    expect(state.questions.at(-1)?.id).toBe("q3-f1");
  });

  it("inserts a follow-up the server sends again (a retried decision) only once", () => {
    const followUp = followUpTo(mainQuestion(1));
    const once = run(atQuestion(0), { type: "next-requested" }, advanced(5_000, followUp));
    const again = run(once, { type: "next-requested" }, advanced(6_000, followUp));
    expect(again.questions).toHaveLength(4);
    expect(again.phase).toMatchObject({ index: 1, openedAtMs: 6_000 });
  });

  it("places a second follow-up after the first, before the next main question", () => {
    const first = followUpTo(mainQuestion(1), 1);
    const second = followUpTo(first, 2);
    const state = run(
      atQuestion(0),
      { type: "next-requested" },
      advanced(5_000, first),
      { type: "next-requested" },
      advanced(6_000, second),
    );
    expect(state.questions.map((question) => question.id)).toEqual([
      "q1",
      "q1-f1",
      "q1-f2",
      "q2",
      "q3",
    ]);
    expect(state.phase).toMatchObject({ index: 2 });
  });

  it("ends the answer when its time runs out, once, and opens the next question on a fresh clock", () => {
    const timedOut = run(atQuestion(0), { type: "time-up" });
    expect(timedOut.phase).toMatchObject({ isAdvancing: true, isTimeUp: true });
    expect(run(timedOut, { type: "next-requested" })).toBe(timedOut);
    const next = run(timedOut, advanced(200_000));
    expect(next.phase).toMatchObject({ index: 1, openedAtMs: 200_000, isTimeUp: false });
  });

  it("ignores the time limit while the answer is already ending", () => {
    const pressed = run(atQuestion(0), { type: "next-requested" });
    expect(run(pressed, { type: "time-up" }).phase).toMatchObject({ isTimeUp: false });
  });

  it("offers 'Done?' after a pause that follows words, and withdraws it when speech resumes", () => {
    const silent = run(atQuestion(0), { type: "utterance-ended" });
    expect(silent.phase).toMatchObject({ isDoneOffered: false });
    const paused = run(silent, { type: "speech-heard" }, { type: "utterance-ended" });
    expect(paused.phase).toMatchObject({ isDoneOffered: true, isAdvancing: false });
    expect(run(paused, { type: "speech-heard" }).phase).toMatchObject({ isDoneOffered: false });
  });

  it("does not carry the offer or the words heard over to the next question", () => {
    const offered = run(atQuestion(0), { type: "speech-heard" }, { type: "utterance-ended" });
    const next = run(offered, { type: "next-requested" }, advanced(5_000));
    expect(next.phase).toMatchObject({ hasSpeech: false, isDoneOffered: false });
    // A late UtteranceEnd of the previous answer offers nothing on the new question.
    expect(run(next, { type: "utterance-ended" }).phase).toMatchObject({ isDoneOffered: false });
  });

  it("remembers the mute choice read from storage and toggles it", () => {
    const muted = run(invited, { type: "mute-preference-read", isMuted: true });
    expect(muted.isMuted).toBe(true);
    expect(run(muted, { type: "mute-toggled" }).isMuted).toBe(false);
  });
});

describe("toInterviewFailure", () => {
  it("keeps a server's message as sent", () => {
    expect(toInterviewFailure(new Error("Interview expired."))).toEqual({
      kind: "server",
      message: "Interview expired.",
    });
  });
});
