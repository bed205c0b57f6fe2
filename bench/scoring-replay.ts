// `npm run bench:replay`: the scoring replay a rubric change waits for, on 50 evaluated
// interviews (3 answered questions each) of one position, offline, on in-process PGlite. Each run
// POSTs a proposed rubric to /api/positions/{id}/scoring-replays; with no Inngest configured the
// in-process dispatcher runs replay-scoring before the call returns, so the call's time is the
// replay's (plus one insert), and the replay's own durationMs is read back beside it.
import { performance } from "node:perf_hooks";
import { cleanup, installExitHandlers, onCleanup } from "./cleanup";
import { isolateEnv } from "./env";
import { heading, machine, table } from "./report";

isolateEnv();
installExitHandlers();

const { pointAppAt } = await import("./data-access");
const { openPgliteTestDatabase } = await import("@/tests/support/open-test-database");
const { createTenant } = await import("@/tests/support/factories");
const { createEvaluatedInterview } = await import("@/tests/support/replay-fixtures");
const { callRoute } = await import("@/tests/support/call-route");
const { resolveRubric } = await import("@/lib/rubrics/resolve-rubric");
const replays = await import("@/app/api/positions/[id]/scoring-replays/route");
const one = await import("@/app/api/positions/[id]/scoring-replays/[replayId]/route");

const interviewCount = 50;
const runs = 5;

type Replay = {
  id: string;
  status: string;
  durationMs: number | null;
  result: { scoringCalls: { made: number; limit: number } } | null;
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

async function main() {
  const database = await openPgliteTestDatabase({});
  onCleanup("in-process PGlite", () => database.close());
  pointAppAt(database);
  const tenant = await createTenant();
  for (let index = 0; index < interviewCount; index += 1) {
    await createEvaluatedInterview(tenant, {
      oldScores: [40 + (index % 5) * 10, 60, 75],
      secondsAgo: interviewCount - index,
    });
  }
  const base = resolveRubric({ rubrics: [], competency: "system-design", language: "en" });
  const rows: (string | number)[][] = [];
  const callMs: number[] = [];
  const replayMs: number[] = [];
  for (let run = 1; run <= runs; run += 1) {
    // A different wording each run: a new rubric version, so nothing is reused between runs.
    const rubric = {
      ...base,
      criteria: base.criteria.map((criterion, index) =>
        index === 0
          ? { ...criterion, description: `${criterion.description} (run ${run})` }
          : criterion,
      ),
    };
    const params = { id: tenant.position.id };
    const start = performance.now();
    const started = await callRoute(replays.POST, {
      method: "POST",
      token: tenant.token,
      params,
      json: { rubrics: [rubric] },
    });
    const elapsed = performance.now() - start;
    if (started.status !== 202) throw new Error(`POST answered ${started.status}`);
    const replayId = (started.body as { replay: Replay }).replay.id;
    const read = await callRoute(one.GET, { token: tenant.token, params: { ...params, replayId } });
    const { replay } = read.body as { replay: Replay };
    if (replay.status !== "ready" || replay.durationMs === null) {
      throw new Error(`replay ${run} ended ${replay.status}`);
    }
    callMs.push(elapsed);
    replayMs.push(replay.durationMs);
    const calls = replay.result?.scoringCalls;
    rows.push([
      `run ${run}`,
      (elapsed / 1000).toFixed(2),
      (replay.durationMs / 1000).toFixed(2),
      `${calls?.made}/${calls?.limit}`,
    ]);
  }
  rows.push([
    "median",
    (median(callMs) / 1000).toFixed(2),
    (median(replayMs) / 1000).toFixed(2),
    "",
  ]);
  heading(
    `Scoring replay: ${interviewCount} evaluated interviews × 3 answers, offline (${runs} runs)`,
  );
  console.info(machine());
  console.info();
  console.info(table(["run", "POST → ready (s)", "replay durationMs (s)", "scoring calls"], rows));
}

try {
  await main();
} finally {
  await cleanup();
}
