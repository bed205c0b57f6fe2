// The two ways a question is heard: a clip of the server's AI voice, or the browser's own speech
// synthesis. Each returns a playback that ends by itself or when stopped, and never hangs.

export type Playback = { done: Promise<void>; stop: () => void };

/** Plays `blob` to its end through `audio`; `done` rejects when the browser cannot play it. */
export function playClip(audio: HTMLAudioElement, blob: Blob): Playback {
  const url = URL.createObjectURL(blob);
  let settle: (error?: unknown) => void = () => {};
  const done = new Promise<void>((resolve, reject) => {
    let isSettled = false;
    settle = (error) => {
      if (isSettled) return;
      isSettled = true;
      audio.onended = null;
      audio.onerror = null;
      // The object URL holds the clip in memory until revoked.
      URL.revokeObjectURL(url);
      if (error) reject(error);
      else resolve();
    };
    audio.onended = () => settle();
    audio.onerror = () => settle(new Error("The clip could not be played."));
    audio.src = url;
    // Refused without a recent click (autoplay rules) or undecodable: the caller falls back.
    audio.play().catch((error: unknown) => settle(error ?? new Error("Playback refused.")));
  });
  return {
    done,
    stop: () => {
      audio.pause();
      settle();
    },
  };
}

/** Reads `text` with the browser's speech synthesis in `locale`; a no-op where there is none. */
export function speakWithBrowser(options: { text: string; locale: string }): Playback {
  if (typeof window === "undefined" || !("speechSynthesis" in window)) {
    return { done: Promise.resolve(), stop: () => {} };
  }
  const synthesis = window.speechSynthesis;
  synthesis.cancel();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let finish = () => {};
  const done = new Promise<void>((resolve) => {
    finish = () => {
      clearTimeout(timer);
      resolve();
    };
    const utterance = new SpeechSynthesisUtterance(options.text);
    utterance.lang = options.locale;
    const base = options.locale.split("-")[0] ?? "";
    const voice = synthesis.getVoices().find((candidate) => candidate.lang.startsWith(base));
    if (voice) utterance.voice = voice;
    utterance.onend = finish;
    utterance.onerror = finish;
    synthesis.speak(utterance);
    // Some engines never fire `end` (no voices installed): do not hold the interview up.
    timer = setTimeout(finish, 1_000 + options.text.length * 90);
  });
  return {
    done,
    stop: () => {
      synthesis.cancel();
      finish();
    },
  };
}
