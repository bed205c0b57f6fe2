"use client";
// Reads a question aloud: the server's AI voice (a Deepgram Aura-2 clip) when the page has one,
// else, or whenever the clip fails, the browser's speech synthesis in the position's language.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { type Playback, playClip, speakWithBrowser } from "./play-speech";

/** Fetches a question's clip; null when the server has no voice for this interview. */
export type LoadClip = ((questionId: string) => Promise<Blob>) | null;
type SpokenQuestion = { id: string; content: string };

export function useSpeech(options: { locale: string; muted: boolean; loadClip: LoadClip }) {
  const { locale, muted } = options;
  const [speaking, setSpeaking] = useState(false);
  // Read through a ref so a new loadClip function each render does not re-read the question.
  const loadClip = useRef(options.loadClip);
  useLayoutEffect(() => {
    loadClip.current = options.loadClip;
  });
  const clips = useRef(new Map<string, Promise<Blob>>());
  const audio = useRef<HTMLAudioElement | null>(null);
  const current = useRef<Playback | null>(null);
  // Each speak or cancel starts a new turn; an older turn that wakes up later does nothing.
  const turn = useRef(0);

  const getClip = useCallback((questionId: string): Promise<Blob> | null => {
    const load = loadClip.current;
    if (!load) return null;
    let clip = clips.current.get(questionId);
    if (!clip) {
      clip = load(questionId);
      clips.current.set(questionId, clip);
      // Forget a failed load so that "Read it again" asks the server again.
      clip.catch(() => clips.current.delete(questionId));
    }
    return clip;
  }, []);

  const cancel = useCallback(() => {
    turn.current += 1;
    current.current?.stop();
    current.current = null;
    setSpeaking(false);
  }, []);

  const speak = useCallback(
    async (question: SpokenQuestion): Promise<void> => {
      cancel();
      if (muted) return;
      const myTurn = turn.current;
      const isCurrent = () => turn.current === myTurn;
      const play = (playback: Playback) => {
        current.current = playback;
        return playback.done;
      };
      // True from the start, clip download included: the page sends no microphone audio meanwhile.
      setSpeaking(true);
      try {
        const clip = getClip(question.id);
        if (clip) {
          try {
            const blob = await clip;
            if (!isCurrent()) return;
            audio.current ??= new Audio();
            return await play(playClip(audio.current, blob));
          } catch {
            if (!isCurrent()) return;
          }
        }
        await play(speakWithBrowser({ text: question.content, locale }));
      } finally {
        if (isCurrent()) {
          current.current = null;
          setSpeaking(false);
        }
      }
    },
    [muted, locale, cancel, getClip],
  );

  /** Starts downloading a clip before it is needed (the next question), so it plays at once. */
  const prefetch = useCallback((questionId: string) => void getClip(questionId), [getClip]);

  useEffect(() => {
    if (muted) cancel();
  }, [muted, cancel]);
  useEffect(() => cancel, [cancel]);

  return { speak, prefetch, cancel, speaking, isAiVoice: options.loadClip !== null };
}
