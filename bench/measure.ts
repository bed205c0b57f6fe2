// Timing and percentiles. Every sample is one call timed on its own with the monotonic clock,
// so the tails (p99) are real and not averaged away.
import { performance } from "node:perf_hooks";

export type Summary = { iterations: number; p50: number; p99: number; mean: number };

/** Nearest-rank percentile: always a value that was actually observed. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function summarize(samplesMs: number[]): Summary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    iterations: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: sorted.length === 0 ? Number.NaN : total / sorted.length,
  };
}

export async function timeOnce(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export type BenchPath = {
  name: string;
  iterations: number;
  /** Runs before each batch, untimed (e.g. pointing the app at this path's database). */
  prepare?: () => void;
  run: () => Promise<unknown>;
};

/**
 * Rounds of A, B, C, D, A, B, C, D…: each round runs a slice of every path, so GC pauses, JIT
 * tiering and whatever else the machine does land on all paths alike instead of on one block.
 */
export async function runInterleaved(
  paths: BenchPath[],
  options: { rounds: number; warmupRounds: number },
): Promise<Map<string, Summary>> {
  const samples = new Map(paths.map((path) => [path.name, [] as number[]]));
  for (let round = 0; round < options.warmupRounds + options.rounds; round++) {
    const isWarmup = round < options.warmupRounds;
    for (const path of paths) {
      path.prepare?.();
      const batch = Math.max(1, Math.round(path.iterations / options.rounds));
      for (let i = 0; i < batch; i++) {
        const elapsed = await timeOnce(path.run);
        if (!isWarmup) samples.get(path.name)?.push(elapsed);
      }
    }
  }
  return new Map(paths.map((path) => [path.name, summarize(samples.get(path.name) ?? [])]));
}
