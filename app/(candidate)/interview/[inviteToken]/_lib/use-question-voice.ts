"use client";
// The interviewer's voice: the server's AI voice when the position's language has one, else the
// browser's. Each question is read as it opens, and the next one's clip is fetched meanwhile (a
// follow-up cannot be: it is not known before it is decided).
import { useEffect, useMemo } from "react";
import type { InterviewQuestion } from "./candidate-api";
import { fetchQuestionSpeech } from "./question-speech-api";
import { useSpeech } from "./use-speech";

export function useQuestionVoice(options: {
  aiVoice: boolean;
  inviteToken: string;
  interviewId: string;
  locale: string;
  muted: boolean;
  /** The open question and when it opened (a new opening reads it again). */
  question: InterviewQuestion | undefined;
  openedAtMs: number | null;
  nextQuestionId: string | undefined;
}) {
  const { aiVoice, inviteToken, interviewId, question, openedAtMs, nextQuestionId } = options;
  const loadClip = useMemo(
    () =>
      aiVoice
        ? (questionId: string) => fetchQuestionSpeech({ inviteToken, interviewId, questionId })
        : null,
    [aiVoice, inviteToken, interviewId],
  );
  const speech = useSpeech({ locale: options.locale, muted: options.muted, loadClip });
  const { speak, prefetch } = speech;

  useEffect(() => {
    if (openedAtMs !== null && question) void speak(question);
  }, [openedAtMs, question, speak]);
  useEffect(() => {
    if (nextQuestionId) prefetch(nextQuestionId);
  }, [nextQuestionId, prefetch]);

  return speech;
}
