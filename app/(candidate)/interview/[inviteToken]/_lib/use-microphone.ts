"use client";
// The microphone for the whole interview: opened once at the check, kept for every question, and
// released at the end or when the page goes away. Audio chunks go to the latest `onChunk`.
import { useEffect, useRef, useState } from "react";
import type { MicProblem } from "./candidate-messages";
import { type PcmCapture, startPcmCapture } from "./pcm-capture";
import { useLatestCallback } from "./use-latest-callback";

export type MicState = "idle" | "asking" | "ready" | "denied";
type ChunkHandler = (pcm: ArrayBuffer, durationMs: number) => void;

export function useMicrophone(options: { onChunk: ChunkHandler }) {
  const onChunk = useLatestCallback(options.onChunk);
  const [state, setState] = useState<MicState>("idle");
  const [problem, setProblem] = useState<MicProblem | null>(null);
  const [analyser, setAnalyser] = useState<AnalyserNode | null>(null);
  // The same stream feeds the answer recorder, so the candidate is asked only once.
  const [mediaStream, setMediaStream] = useState<MediaStream | null>(null);
  const capture = useRef<PcmCapture | null>(null);
  const stream = useRef<MediaStream | null>(null);

  async function release() {
    const current = capture.current;
    capture.current = null;
    await current?.stop();
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
    setMediaStream(null);
  }

  async function ask() {
    setState("asking");
    setProblem(null);
    try {
      const media = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: true, noiseSuppression: true },
      });
      stream.current = media;
      const started = await startPcmCapture({
        stream: media,
        onChunk,
      });
      capture.current = started;
      setAnalyser(started.analyser);
      setMediaStream(media);
      setState("ready");
    } catch (error) {
      setState("denied");
      setProblem(
        error instanceof Error && error.name === "NotAllowedError" ? "blocked" : "unavailable",
      );
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: release reads refs only; this runs once, on unmount
  useEffect(() => () => void release(), []);

  return { state, problem, analyser, stream: mediaStream, ask, release };
}
