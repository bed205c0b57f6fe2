"use client";
// The interview's one Deepgram live stream, kept across questions: started when the first
// question opens, finalised before the next, stopped when the candidate types instead or finishes.
import { useCallback, useEffect, useRef, useState } from "react";
import type { SttToken } from "./candidate-api";
import { DeepgramLive, type FinalSegment, type LiveState } from "./deepgram-live";
import { useLatestCallback } from "./use-latest-callback";

export function useLiveTranscription(options: {
  getToken: () => Promise<SttToken>;
  onFinal: (segment: FinalSegment) => void;
}) {
  const [state, setState] = useState<LiveState | null>(null);
  const [interim, setInterim] = useState("");
  const stream = useRef<DeepgramLive | null>(null);
  const getToken = useLatestCallback(options.getToken);
  const onFinal = useLatestCallback(options.onFinal);

  const start = useCallback(
    (clockStartMs: number) => {
      stream.current?.stop();
      const live = new DeepgramLive({
        getToken,
        clockStartMs,
        onInterim: setInterim,
        onFinal,
        onState: setState,
      });
      stream.current = live;
      live.start();
    },
    [getToken, onFinal],
  );

  /** Resolves when Deepgram has sent what it heard so far (or after its timeout). */
  const finalize = useCallback(() => stream.current?.finalize() ?? Promise.resolve(), []);

  const stop = useCallback(() => {
    stream.current?.stop();
    stream.current = null;
    setState(null);
  }, []);

  const sendAudio = useCallback((pcm: ArrayBuffer, durationMs: number) => {
    stream.current?.sendAudio(pcm, durationMs);
  }, []);

  useEffect(() => () => stream.current?.stop(), []);

  return { state, interim, start, finalize, stop, sendAudio };
}
