"use client";
// The interview's state machine wired to what it drives: the API, the saved answers, the live
// transcription socket, the microphone and the read-aloud voice. Steps render what this returns.
import { useEffect, useMemo, useReducer } from "react";
import { createCandidateApi, type InterviewStatus } from "./candidate-api";
import {
  type AnswerMode,
  createInterviewState,
  getClockZeroMs,
  type InterviewFailure,
  interviewReducer,
  toInterviewFailure,
} from "./interview-machine";
import { getInterviewStorageKeys } from "./interview-storage";
import { type QuestionActions, toQuestionView } from "./question-view";
import { useEvaluationResult } from "./use-evaluation-result";
import { useLevelMeter } from "./use-level-meter";
import { useLiveTranscription } from "./use-live-transcription";
import { useMicrophone } from "./use-microphone";
import { useSavedAnswers } from "./use-saved-answers";
import { useSpeech } from "./use-speech";

export type InterviewSettings = {
  inviteToken: string;
  interviewId: string;
  status: InterviewStatus;
  startedAt: string | null;
  failureReason: string | null;
  speechLocale: string;
  speechEnabled: boolean;
};

export function useInterview(settings: InterviewSettings) {
  const api = useMemo(
    () =>
      createCandidateApi({ inviteToken: settings.inviteToken, interviewId: settings.interviewId }),
    [settings.inviteToken, settings.interviewId],
  );
  const storageKeys = useMemo(
    () => getInterviewStorageKeys(settings.interviewId),
    [settings.interviewId],
  );
  const [state, dispatch] = useReducer(
    interviewReducer,
    {
      status: settings.status,
      failureReason: settings.failureReason,
      startedAt: settings.startedAt,
      isSpeechEnabled: settings.speechEnabled,
    },
    createInterviewState,
  );
  const { phase } = state;
  const fail = (failure: InterviewFailure) => dispatch({ type: "failed", failure });

  const answers = useSavedAnswers({
    api,
    storageKeys,
    status: settings.status,
    onLoaded: (loaded) => dispatch({ type: "questions-loaded", ...loaded }),
    onLoadFailed: (message) => fail({ kind: "server", message }),
  });
  const question = phase.step === "interview" ? answers.questions[phase.index] : undefined;
  const clockZeroMs = state.startedAtMs ?? 0;

  const live = useLiveTranscription({
    getToken: api.getSttToken,
    onFinal: (segment) => {
      if (question) answers.addSegment({ kind: "sp", questionId: question.id, ...segment });
    },
  });
  const speech = useSpeech({ locale: settings.speechLocale, muted: state.isMuted });
  const isPaused = phase.step === "interview" && phase.isPaused;
  // While the question is read aloud or the candidate pauses, no audio goes out (KeepAlive does).
  const microphone = useMicrophone({
    onChunk: (pcm, durationMs) => {
      if (!isPaused && !speech.speaking) live.sendAudio(pcm, durationMs);
    },
  });
  const level = useLevelMeter(microphone.analyser);

  useEffect(() => {
    const isMuted = localStorage.getItem(storageKeys.muted) === "1";
    dispatch({ type: "mute-preference-read", isMuted });
  }, [storageKeys]);

  useEvaluationResult({
    api,
    isActive: phase.step === "evaluating",
    onStatus: (status) => dispatch({ type: "status-polled", status }),
    onReport: (report) => dispatch({ type: "report-loaded", report }),
    onFailed: (reason) =>
      fail(reason ? { kind: "server", message: reason } : { kind: "evaluation-failed" }),
  });

  // Each question that opens is remembered for a reload and read aloud.
  const { speak } = speech;
  const openIndex = phase.step === "interview" ? phase.index : null;
  useEffect(() => {
    if (openIndex === null || !question) return;
    localStorage.setItem(storageKeys.question, String(openIndex));
    void speak(question.content);
  }, [openIndex, question, storageKeys, speak]);

  async function begin() {
    dispatch({ type: "start-requested" });
    try {
      const started = await api.start();
      const nowMs = Date.now();
      dispatch({ type: "started", status: started.status, nowMs });
      if (state.mode === "speech") live.start(nowMs - getClockZeroMs(state, nowMs));
    } catch (error) {
      fail(toInterviewFailure(error));
    }
  }

  async function finish() {
    dispatch({ type: "finish-requested" });
    speech.cancel();
    await live.finalize();
    live.stop();
    await microphone.release();
    dispatch({ type: "answers-sealed" });
    try {
      await answers.drain();
      const completed = await api.complete();
      localStorage.removeItem(storageKeys.question);
      dispatch({ type: "completed", status: completed.status });
    } catch (error) {
      fail(toInterviewFailure(error));
    }
  }

  const questionActions: QuestionActions = {
    toggleMute: () => {
      localStorage.setItem(storageKeys.muted, state.isMuted ? "0" : "1");
      dispatch({ type: "mute-toggled" });
    },
    togglePause: () => dispatch({ type: "pause-toggled" }),
    readAgain: () => {
      if (question) void speak(question.content);
    },
    switchToTyping: () => {
      live.stop();
      dispatch({ type: "switched-to-typing" });
    },
    saveTyped: (text) => {
      if (!question || phase.step !== "interview") return;
      const nowMs = Date.now();
      answers.addSegment({
        kind: "ty",
        questionId: question.id,
        text,
        startMs: phase.openedAtMs - clockZeroMs,
        endMs: nowMs - clockZeroMs,
      });
    },
    next: async () => {
      dispatch({ type: "next-requested" });
      speech.cancel();
      await live.finalize();
      dispatch({ type: "question-advanced", nowMs: Date.now() });
    },
    finish,
  };

  const questionView =
    phase.step === "interview" && question
      ? toQuestionView({
          state,
          phase,
          question,
          liveState: live.state,
          interim: live.interim,
          isSpeaking: speech.speaking,
          isSaveRetrying: answers.isRetrying,
          lines: answers.segments
            .filter((segment) => segment.questionId === question.id)
            .map((segment) => ({ ...segment, isPending: answers.unsavedIds.has(segment.id) })),
        })
      : null;

  return {
    state,
    api,
    microphone: {
      state: microphone.state,
      problem: microphone.problem,
      level,
      ask: microphone.ask,
    },
    questionView,
    acceptConsent: () => dispatch({ type: "consent-accepted" }),
    chooseMode: (mode: AnswerMode) => dispatch({ type: "mode-chosen", mode }),
    begin,
    questionActions,
  };
}
