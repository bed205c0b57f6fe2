// Part 3: the questions API end to end, on a production build, cache off then on: the request a
// candidate's page makes (invite token) and a recruiter's (API token), taking turns with a bare
// route so the ratio between them holds on a busy machine.

import { ensureBuild } from "./build";
import { type CacheMode, type NextServer, startNext } from "./http";
import { type LoadResult, type LoadTarget, readServerCacheStats, runAlternating } from "./load";
import { heading, ms, ratio, table } from "./report";

const loadWorkers = 16;
const warmupSliceMs = 500;
const rounds = 6;
const sliceMs = 1_500;

const targetLabels = {
  bare: "bare route (404 before any I/O)",
  candidate: "questions, candidate (invite token)",
  recruiter: "questions, recruiter (API token)",
} as const;
type TargetName = keyof typeof targetLabels;

function loadTargets(server: NextServer, mode: CacheMode): Partial<Record<TargetName, LoadTarget>> {
  const questionsUrl = `${server.baseUrl}/api/interviews/${server.seed.interviewId}/questions`;
  const questions = {
    candidate: {
      url: questionsUrl,
      headers: { authorization: `Bearer ${server.seed.inviteToken}` },
    },
    recruiter: { url: questionsUrl, headers: { authorization: `Bearer ${server.seed.apiToken}` } },
  };
  if (mode === "off") return questions;
  // The same route with an id that cannot name anything: Next's routing and the routeHandler
  // wrapper, then a constant answer, with no auth, cache or database (the app has no constant
  // 200 route, and /api/health pings the database on every call).
  const bare = {
    url: `${server.baseUrl}/api/interviews/not-an-id/questions`,
    headers: {},
    expectedStatus: 404,
  };
  return { bare, ...questions };
}

/** Every target answers as expected before any load: a benchmark of 401s would mean nothing. */
async function checkTargets(mode: CacheMode, targets: Partial<Record<TargetName, LoadTarget>>) {
  for (const [name, target] of Object.entries(targets)) {
    const response = await fetch(target.url, { headers: target.headers });
    const body = (await response.json()) as { questions?: unknown[] };
    const isExpected =
      response.status === (target.expectedStatus ?? 200) &&
      (name === "bare" || body.questions?.length === 5);
    if (!isExpected) {
      throw new Error(`CACHE_MODE=${mode} ${name}: unexpected answer ${response.status}`);
    }
  }
}

async function measureServer(mode: CacheMode) {
  const server = await startNext(mode);
  try {
    const targets = loadTargets(server, mode);
    await checkTargets(mode, targets);
    await runAlternating(targets, { workers: loadWorkers, rounds: 1, sliceMs: warmupSliceMs });
    const results = await runAlternating(targets, { workers: loadWorkers, rounds, sliceMs });
    const stats = await readServerCacheStats(server.baseUrl, server.seed.operatorApiToken);
    const kinds = ["user", "invite", "interview", "question"]
      .map((kind) => `${kind} ${stats.kinds[kind]?.hits ?? 0}/${stats.kinds[kind]?.misses ?? 0}`)
      .join(", ");
    return { results, counters: `${stats.backend}: ${kinds}` };
  } finally {
    await server.stop();
  }
}

export async function endToEnd() {
  heading("3. End to end over HTTP: GET /api/interviews/{id}/questions on `next start`");
  await ensureBuild();
  const servers: [CacheMode, Partial<Record<TargetName, LoadResult>>, string][] = [];
  for (const mode of ["off", "auto"] as const) {
    const { results, counters } = await measureServer(mode);
    servers.push([mode, results, counters]);
  }
  const rows = servers.flatMap(([mode, results]) =>
    Object.entries(results).map(([name, result]) => [
      `CACHE_MODE=${mode}`,
      targetLabels[name as TargetName],
      result.requests,
      result.requestsPerSecond.toFixed(0),
      ms(result.latency.p50),
      ms(result.latency.p99),
      result.errors,
    ]),
  );
  console.info(
    table(["server", "route", "requests", "req/s", "p50 ms", "p99 ms", "unexpected status"], rows),
  );
  for (const [mode, results] of servers) {
    for (const [name, result] of Object.entries(results)) {
      if (result.firstError)
        console.info(`CACHE_MODE=${mode} ${name} first error: ${result.firstError}`);
    }
  }
  const off = servers.find(([mode]) => mode === "off")?.[1].candidate;
  const on = servers.find(([mode]) => mode === "auto")?.[1];
  if (off && on?.candidate && on.bare) {
    console.info(
      `\ncache on vs off (candidate): ${ratio(on.candidate.requestsPerSecond / off.requestsPerSecond)} requests/s, ` +
        `p50 ${ratio(off.latency.p50 / on.candidate.latency.p50)} lower`,
    );
    console.info(
      `cached questions / bare route: ${(on.candidate.requestsPerSecond / on.bare.requestsPerSecond).toFixed(2)}`,
    );
  }
  console.info(
    `\n${table(
      ["server", "cache counters over the server's life (kind hits/misses)"],
      servers.map(([mode, , counters]) => [`CACHE_MODE=${mode}`, counters]),
    )}`,
  );
  console.info(
    [
      "",
      `${loadWorkers} keep-alive workers; on each server the routes take turns in ${sliceMs / 1000} s slices,`,
      `${rounds} rounds after one short warm-up round, so the machine's other work lands on all alike.`,
      "Each server runs on its own freshly seeded PGlite folder with both rate limits off",
      "(RATE_LIMIT_PER_MINUTE=0, RATE_LIMIT_PER_IP_PER_MINUTE=0). The bare route is the questions",
      "route asked for a malformed id: Next's routing, the routeHandler wrapper and a constant 404,",
      "no auth, cache or database. The ratio line is the candidate's cached questions over it, in",
      "the same run on the CACHE_MODE=auto server. What bounds the questions figures: Next's request",
      "handling, auth (the invite, cached as `invite` then `interview`, or the API token, cached as",
      "`user`), JSON serialisation of the answer, and the load generator sharing the machine's cores",
      "with the server; with the cache off, every request also queues its queries on PGlite's",
      "single connection.",
    ].join("\n"),
  );
}
