"use client";
// Reads a question aloud with the browser's speech synthesis, in the position's language.
import { useCallback, useEffect, useState } from "react";

export function useSpeech(options: { locale: string; muted: boolean }) {
  const [speaking, setSpeaking] = useState(false);
  const supported = typeof window !== "undefined" && "speechSynthesis" in window;

  const cancel = useCallback(() => {
    if (supported) window.speechSynthesis.cancel();
    setSpeaking(false);
  }, [supported]);

  const speak = useCallback(
    (text: string): Promise<void> => {
      if (!supported || options.muted) return Promise.resolve();
      window.speechSynthesis.cancel();
      return new Promise((resolve) => {
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = options.locale;
        const voice = window.speechSynthesis
          .getVoices()
          .find((candidate) => candidate.lang.startsWith(options.locale.split("-")[0] ?? ""));
        if (voice) utterance.voice = voice;
        const finish = () => {
          setSpeaking(false);
          resolve();
        };
        utterance.onend = finish;
        utterance.onerror = finish;
        setSpeaking(true);
        window.speechSynthesis.speak(utterance);
        // Some engines never fire `end` (no voices installed): do not hold the interview up.
        setTimeout(finish, 1_000 + text.length * 90);
      });
    },
    [supported, options.muted, options.locale],
  );

  useEffect(() => {
    if (options.muted) cancel();
  }, [options.muted, cancel]);
  useEffect(() => cancel, [cancel]);

  return { speak, cancel, speaking, supported };
}
