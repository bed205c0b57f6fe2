// Part 3: the questions API end to end, on a production build, cache off then on: the request
// a candidate's page makes, sent here with the recruiter's API token, under closed-loop load.

import { ensureBuild } from "./build";
import { type CacheMode, startNext } from "./http";
import { type LoadResult, readServerCacheStats, runLoad } from "./load";
import { heading, ms, ratio, table } from "./report";

const loadWorkers = 16;
const warmupMs = 1_000;
const measureMs = 8_000;

export async function endToEnd() {
  heading("3. End to end over HTTP: GET /api/interviews/{id}/questions on `next start`");
  await ensureBuild();
  const results: [CacheMode, LoadResult, string][] = [];
  for (const mode of ["off", "auto"] as const) {
    const server = await startNext(mode);
    const url = `${server.baseUrl}/api/interviews/${server.seed.interviewId}/questions`;
    const headers = { authorization: `Bearer ${server.seed.apiToken}` };
    const check = await fetch(url, { headers });
    const body = (await check.json()) as { questions?: unknown[] };
    if (check.status !== 200 || body.questions?.length !== 5) {
      throw new Error(`CACHE_MODE=${mode}: expected 5 questions, got ${check.status}`);
    }
    await runLoad({ url, headers, workers: loadWorkers, durationMs: warmupMs });
    const result = await runLoad({ url, headers, workers: loadWorkers, durationMs: measureMs });
    const stats = await readServerCacheStats(server.baseUrl, server.seed.operatorApiToken);
    const kinds = ["user", "interview", "question"]
      .map((kind) => `${kind} ${stats.kinds[kind]?.hits ?? 0}/${stats.kinds[kind]?.misses ?? 0}`)
      .join(", ");
    results.push([mode, result, `${stats.backend}: ${kinds}`]);
    await server.stop();
    if (result.firstError) console.info(`CACHE_MODE=${mode} first error: ${result.firstError}`);
  }
  const rows = results.map(([mode, r]) => [
    `CACHE_MODE=${mode}`,
    r.requests,
    r.requestsPerSecond.toFixed(0),
    ms(r.latency.p50),
    ms(r.latency.p99),
    r.errors,
  ]);
  console.info(
    table(["server", "requests", "req/s", "p50 ms", "p99 ms", "errors (non-200)"], rows),
  );
  const [off, on] = results.map(([, r]) => r);
  if (off && on) {
    console.info(
      `\ncache on vs off: ${ratio(on.requestsPerSecond / off.requestsPerSecond)} requests/s, ` +
        `p50 ${ratio(off.latency.p50 / on.latency.p50)} lower`,
    );
  }
  console.info(
    `\n${table(
      ["server", "cache counters over the server's life (kind hits/misses)"],
      results.map(([mode, , s]) => [`CACHE_MODE=${mode}`, s]),
    )}`,
  );
  console.info(
    [
      "",
      `${loadWorkers} keep-alive workers, ${warmupMs / 1000} s warm-up then ${measureMs / 1000} s measured, each server on`,
      "its own freshly seeded PGlite folder with RATE_LIMIT_PER_MINUTE=0. What bounds these figures:",
      "Next's routing and request handling, auth (the API token lookup, itself cached as `user`,",
      "and the interview lookup, cached as `interview`), JSON serialisation of the answer, and the",
      "load generator sharing the machine's cores with the server; with the cache off, every",
      "request also queues three queries on PGlite's single connection.",
    ].join("\n"),
  );
}
