"use client";
// The interview's one Deepgram live stream, kept across questions: started when the first
// question opens, finalised before the next, stopped when the candidate types instead or finishes.
import { useCallback, useEffect, useRef, useState } from "react";
import type { SttToken } from "./candidate-api";
import { DeepgramLive, type FinalSegment, type LiveState } from "./deepgram-live";
import { useLatestCallback } from "./use-latest-callback";

export function useLiveTranscription(options: {
  getToken: () => Promise<SttToken>;
  utteranceEndMs: number;
  onFinal: (segment: FinalSegment) => void;
  /** Words heard, interim or final: the candidate is speaking. */
  onSpeech: () => void;
  /** A pause after the last word, long enough for Deepgram's UtteranceEnd. */
  onUtteranceEnd: () => void;
}) {
  const { utteranceEndMs } = options;
  const [state, setState] = useState<LiveState | null>(null);
  const [interim, setInterim] = useState("");
  const stream = useRef<DeepgramLive | null>(null);
  const getToken = useLatestCallback(options.getToken);
  const onFinal = useLatestCallback(options.onFinal);
  const onSpeech = useLatestCallback(options.onSpeech);
  const onUtteranceEnd = useLatestCallback(options.onUtteranceEnd);

  const start = useCallback(
    (clockStartMs: number) => {
      stream.current?.stop();
      const live = new DeepgramLive({
        getToken,
        clockStartMs,
        utteranceEndMs,
        onInterim: (text) => {
          setInterim(text);
          if (text) onSpeech();
        },
        onFinal: (segment) => {
          onFinal(segment);
          onSpeech();
        },
        onUtteranceEnd,
        onState: setState,
      });
      stream.current = live;
      live.start();
    },
    [getToken, utteranceEndMs, onFinal, onSpeech, onUtteranceEnd],
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
