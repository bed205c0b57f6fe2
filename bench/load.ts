// A closed-loop load generator: N workers, each sending its next request as soon as the last one
// answered, for a fixed time. Node's fetch (undici) keeps connections alive by default, so each
// worker reuses its connection and the figure is not a TCP-handshake benchmark.
import { performance } from "node:perf_hooks";
import { type Summary, summarize } from "./measure";

export type LoadResult = {
  requests: number;
  errors: number;
  requestsPerSecond: number;
  latency: Summary;
  firstError: string | null;
};

/** What to request; any other status than `expectedStatus` (200 unless given) counts as an error. */
export type LoadTarget = { url: string; headers: Record<string, string>; expectedStatus?: number };

type RawLoad = { samples: number[]; errors: number; firstError: string | null; elapsedMs: number };

async function collectLoad(
  target: LoadTarget,
  options: { workers: number; durationMs: number },
): Promise<RawLoad> {
  const samples: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const noteError = (detail: string) => {
    errors += 1;
    firstError ??= detail;
  };
  const start = performance.now();
  const deadline = start + options.durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      try {
        const response = await fetch(target.url, { headers: target.headers });
        // The body is read in full: that is part of the work, and it frees the connection.
        const body = await response.text();
        if (response.status !== (target.expectedStatus ?? 200))
          noteError(`HTTP ${response.status}: ${body.slice(0, 200)}`);
      } catch (error) {
        noteError(error instanceof Error ? error.message : String(error));
      }
      samples.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: options.workers }, worker));
  return { samples, errors, firstError, elapsedMs: performance.now() - start };
}

function toResult(runs: RawLoad[]): LoadResult {
  const samples = runs.flatMap((run) => run.samples);
  const elapsedSeconds = runs.reduce((sum, run) => sum + run.elapsedMs, 0) / 1000;
  return {
    requests: samples.length,
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    requestsPerSecond: samples.length / elapsedSeconds,
    latency: summarize(samples),
    firstError: runs.find((run) => run.firstError)?.firstError ?? null,
  };
}

/**
 * Targets take turns in short slices (A, B, C, A, B, C, …) on the same server, so whatever else
 * the machine does meanwhile lands on all of them alike and their ratio holds even when the
 * absolute figures drift.
 */
export async function runAlternating<Name extends string>(
  targets: Partial<Record<Name, LoadTarget>>,
  options: { workers: number; rounds: number; sliceMs: number },
): Promise<Partial<Record<Name, LoadResult>>> {
  const entries = Object.entries(targets) as [Name, LoadTarget][];
  const runs = new Map<Name, RawLoad[]>(entries.map(([name]) => [name, []]));
  for (let round = 0; round < options.rounds; round++) {
    for (const [name, target] of entries) {
      const run = await collectLoad(target, {
        workers: options.workers,
        durationMs: options.sliceMs,
      });
      runs.get(name)?.push(run);
    }
  }
  return Object.fromEntries(
    entries.map(([name]) => [name, toResult(runs.get(name) ?? [])]),
  ) as Partial<Record<Name, LoadResult>>;
}

type KindStats = { hits: number; misses: number; errors: number };

/** The server's own cache counters (operators only), to show what the load hit. */
export async function readServerCacheStats(baseUrl: string, operatorToken: string) {
  const response = await fetch(`${baseUrl}/api/cache/stats`, {
    headers: { authorization: `Bearer ${operatorToken}` },
  });
  if (!response.ok) throw new Error(`GET /api/cache/stats answered ${response.status}`);
  return (await response.json()) as { backend: string; kinds: Record<string, KindStats> };
}
