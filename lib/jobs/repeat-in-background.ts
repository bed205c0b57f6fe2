import "server-only";
import { describeError } from "@/lib/observability/redact-error";

/**
 * Runs `run` every `intervalMs` (± `jitterRatio`, so instances started together spread out) for as
 * long as the process lives. Single-flight: the next run is scheduled only when the last one has
 * settled, so a slow run is never overlapped. A failure is one log line; the schedule goes on.
 * The timers are unref'd: they never keep a process alive that is otherwise done. Returns stop().
 */
export function repeatInBackground(options: {
  name: string;
  run: () => Promise<unknown>;
  intervalMs: number;
  firstDelayMs: number;
  jitterRatio?: number;
  random?: () => number;
}): () => void {
  const { jitterRatio = 0.1, random = Math.random } = options;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let isStopped = false;

  const schedule = (delayMs: number) => {
    if (isStopped) return;
    timer = setTimeout(() => void tick(), delayMs);
    timer.unref?.();
  };
  const tick = async () => {
    try {
      await options.run();
    } catch (error) {
      console.warn(`${options.name} failed: ${describeError(error)}`);
    }
    const jitter = 1 + (random() * 2 - 1) * jitterRatio;
    schedule(Math.round(options.intervalMs * jitter));
  };

  schedule(options.firstDelayMs);
  return () => {
    isStopped = true;
    if (timer) clearTimeout(timer);
  };
}
