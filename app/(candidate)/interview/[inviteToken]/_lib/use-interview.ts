"use client";
// The interview's state machine wired to what it drives: the API, the saved answers, the live
// transcription socket, the microphone, the read-aloud voice and the answer clock. Steps render
// what this returns.
import { useEffect, useMemo, useReducer, useRef, useState } from "react";
import { askForFollowUp } from "./ask-for-follow-up";
import { createCandidateApi, type InterviewStatus } from "./candidate-api";
import { createIntegritySignalsApi } from "./integrity-signals-api";
import {
  type AnswerMode,
  createInterviewState,
  getClockZeroMs,
  type InterviewFailure,
  interviewReducer,
  toInterviewFailure,
} from "./interview-machine";
import {
  forgetOpenQuestion,
  getInterviewStorageKeys,
  storeOpenQuestion,
} from "./interview-storage";
import { type QuestionActions, toQuestionStepView } from "./question-step-view";
import { createRecordingApi } from "./recording-api";
import { useAnswerClock } from "./use-answer-clock";
import { useAnswerRecording } from "./use-answer-recording";
import { useEvaluationResult } from "./use-evaluation-result";
import { useIntegritySignals } from "./use-integrity-signals";
import { useLevelMeter } from "./use-level-meter";
import { useLiveTranscription } from "./use-live-transcription";
import { useMicrophone } from "./use-microphone";
import { useQuestionVoice } from "./use-question-voice";
import { useSavedAnswers } from "./use-saved-answers";

export type InterviewSettings = {
  inviteToken: string;
  interviewId: string;
  status: InterviewStatus;
  startedAt: string | null;
  failureReason: string | null;
  speechLocale: string;
  speechEnabled: boolean;
  /** The time for each answer, the position's setting. */
  answerSeconds: number;
  /** The pause after the last word that offers "Done?" (the server's STT_UTTERANCE_END_MS). */
  utteranceEndMs: number;
  /** Questions are read by the server's AI voice (Deepgram Aura-2), else by the browser's. */
  aiVoice: boolean;
  /** This page records answers when the candidate agrees (no LiveKit room recording on the server). */
  isBrowserRecording: boolean;
  /** The candidate agreed on an earlier visit (the page was reloaded after the consent screen). */
  isRecordingConsented: boolean;
};

export function useInterview(settings: InterviewSettings) {
  const api = useMemo(
    () =>
      createCandidateApi({ inviteToken: settings.inviteToken, interviewId: settings.interviewId }),
    [settings.inviteToken, settings.interviewId],
  );
  const recordingApi = useMemo(
    () =>
      createRecordingApi({ inviteToken: settings.inviteToken, interviewId: settings.interviewId }),
    [settings.inviteToken, settings.interviewId],
  );
  const [isRecordingConsented, setIsRecordingConsented] = useState(settings.isRecordingConsented);
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
  const [draft, setDraft] = useState("");
  // The button, the "Done?" hint and the clock can all end an answer: only the first one does.
  const isEnding = useRef(false);

  const answers = useSavedAnswers({
    api,
    storageKeys,
    status: settings.status,
    onLoaded: (loaded) => dispatch({ type: "questions-loaded", ...loaded }),
    onLoadFailed: (message) => fail({ kind: "server", message }),
  });
  const question = phase.step === "interview" ? state.questions[phase.index] : undefined;
  const isLast = phase.step === "interview" && phase.index === state.questions.length - 1;
  const clockZeroMs = state.startedAtMs ?? 0;

  const live = useLiveTranscription({
    getToken: api.getSttToken,
    utteranceEndMs: settings.utteranceEndMs,
    onFinal: (segment) => {
      if (question) answers.addSegment({ kind: "sp", questionId: question.id, ...segment });
    },
    onSpeech: () => dispatch({ type: "speech-heard" }),
    onUtteranceEnd: () => dispatch({ type: "utterance-ended" }),
  });
  const openedAtMs = phase.step === "interview" ? phase.openedAtMs : null;
  const speech = useQuestionVoice({
    aiVoice: settings.aiVoice,
    inviteToken: settings.inviteToken,
    interviewId: settings.interviewId,
    locale: settings.speechLocale,
    muted: state.isMuted,
    question,
    openedAtMs,
    nextQuestionId: phase.step === "interview" ? state.questions[phase.index + 1]?.id : undefined,
  });
  const isPaused = phase.step === "interview" && phase.isPaused;
  // While the question is read aloud or the candidate pauses, no audio goes out (KeepAlive does).
  const microphone = useMicrophone({
    onChunk: (pcm, durationMs) => {
      if (!isPaused && !speech.speaking) live.sendAudio(pcm, durationMs);
    },
  });
  const level = useLevelMeter(microphone.analyser);
  const recording = useAnswerRecording({
    api: recordingApi,
    isEnabled: settings.isBrowserRecording && isRecordingConsented,
    stream: microphone.stream,
    questionId: openedAtMs !== null ? question?.id : undefined,
    clockZeroMs,
  });
  const signalsApi = useMemo(
    () =>
      createIntegritySignalsApi({
        inviteToken: settings.inviteToken,
        interviewId: settings.interviewId,
      }),
    [settings.inviteToken, settings.interviewId],
  );
  // Review signals only: nothing on this page or in scoring reads them.
  const signals = useIntegritySignals({
    api: signalsApi,
    questionId: openedAtMs !== null ? question?.id : undefined,
    isAnswering: !isPaused && !speech.speaking,
    hasFirstWords:
      (phase.step === "interview" && phase.hasSpeech) ||
      live.interim !== "" ||
      draft !== "" ||
      answers.segments.some((segment) => segment.questionId === question?.id),
  });

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

  // Each question that opens is remembered for a reload, with its clock.
  useEffect(() => {
    if (openedAtMs !== null && question) {
      storeOpenQuestion(storageKeys, { questionId: question.id, openedAtMs });
    }
  }, [openedAtMs, question, storageKeys]);

  const secondsLeft = useAnswerClock({
    openedAtMs,
    answerSeconds: settings.answerSeconds,
    onTimeUp: () => void endAnswer("time-up"),
  });

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

  function saveDraft() {
    const text = draft.trim();
    if (!text || !question || phase.step !== "interview") return;
    answers.addSegment({
      kind: "ty",
      questionId: question.id,
      text,
      startMs: phase.openedAtMs - clockZeroMs,
      endMs: Date.now() - clockZeroMs,
    });
    setDraft("");
  }

  /** The answer is over: its last words in and stored, then a follow-up, the next question or the end. */
  async function endAnswer(cause: "pressed" | "time-up") {
    if (!question || isEnding.current) return;
    isEnding.current = true;
    try {
      if (cause === "time-up") dispatch({ type: "time-up" });
      else dispatch({ type: isLast ? "finish-requested" : "next-requested" });
      saveDraft();
      speech.cancel();
      await Promise.all([live.finalize(), recording.stop()]);
      const followUp = await askForFollowUp({ api, questionId: question.id, drain: answers.drain });
      setDraft("");
      if (followUp || !isLast) dispatch({ type: "question-advanced", followUp, nowMs: Date.now() });
      else await finish();
    } finally {
      isEnding.current = false;
    }
  }

  async function finish() {
    live.stop();
    await microphone.release();
    dispatch({ type: "answers-sealed" });
    try {
      await Promise.all([answers.drain(), recording.drain(), signals.drain()]);
      const completed = await api.complete();
      forgetOpenQuestion(storageKeys);
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
      if (question) void speech.speak(question);
    },
    switchToTyping: () => {
      live.stop();
      dispatch({ type: "switched-to-typing" });
    },
    changeDraft: setDraft,
    saveDraft,
    advance: () => void endAnswer("pressed"),
  };

  const questionView =
    phase.step === "interview" && question
      ? toQuestionStepView({
          state,
          phase,
          question,
          liveState: live.state,
          interim: live.interim,
          isSpeaking: speech.speaking,
          isAiVoice: speech.isAiVoice,
          isSaveRetrying: answers.isRetrying,
          lines: answers.segments
            .filter((segment) => segment.questionId === question.id)
            .map((segment) => ({ ...segment, isPending: answers.unsavedIds.has(segment.id) })),
          draft,
          secondsLeft,
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
    acceptConsent: (options: { isRecordingAccepted: boolean }) => {
      dispatch({ type: "consent-accepted" });
      if (!options.isRecordingAccepted) return;
      // Recorded before the first answer opens: the microphone check comes in between.
      recordingApi.consent().then(
        () => setIsRecordingConsented(true),
        (error: unknown) => console.warn("Recording consent was not saved:", error),
      );
    },
    chooseMode: (mode: AnswerMode) => dispatch({ type: "mode-chosen", mode }),
    begin,
    questionActions,
  };
}
