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

export async function runLoad(options: {
  url: string;
  headers: Record<string, string>;
  workers: number;
  durationMs: number;
}): Promise<LoadResult> {
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
        const response = await fetch(options.url, { headers: options.headers });
        // The body is read in full: that is part of the work, and it frees the connection.
        const body = await response.text();
        if (response.status !== 200) noteError(`HTTP ${response.status}: ${body.slice(0, 200)}`);
      } catch (error) {
        noteError(error instanceof Error ? error.message : String(error));
      }
      samples.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: options.workers }, worker));
  const elapsedSeconds = (performance.now() - start) / 1000;
  return {
    requests: samples.length,
    errors,
    requestsPerSecond: samples.length / elapsedSeconds,
    latency: summarize(samples),
    firstError,
  };
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
