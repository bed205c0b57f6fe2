"use client";
// The microphone's loudness, 0..1, sampled every animation frame from an AnalyserNode.
import { useEffect, useState } from "react";

export function useLevelMeter(analyser: AnalyserNode | null): number {
  const [level, setLevel] = useState(0);
  useEffect(() => {
    if (!analyser) return;
    const samples = new Float32Array(analyser.fftSize);
    let frame = 0;
    const tick = () => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const sample of samples) sum += sample * sample;
      const rms = Math.sqrt(sum / samples.length);
      // Speech sits around 0.02–0.2 RMS; a log scale makes quiet voices visible.
      setLevel(Math.max(0, Math.min(1, (Math.log10(rms + 1e-4) + 3.2) / 2.6)));
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [analyser]);
  return level;
}
