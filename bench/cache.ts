// `npm run bench:cache`: what the cache buys, measured three ways in one run so the figures share
// a machine and a moment. Everything it starts (redis-server, the pglite socket, two `next start`
// servers) is stopped at the end, also on failure or Ctrl-C.
import { performance } from "node:perf_hooks";
import { cleanup, installExitHandlers } from "./cleanup";
import { endToEnd } from "./e2e";
import { isolateEnv } from "./env";
import { heading, machine, ms, ratio, table } from "./report";

// Before any app module loads: lib/env.mjs reads the env once, when first imported.
isolateEnv();
installExitHandlers();

async function dataAccessAndReplay() {
  // Imported only now, after isolateEnv(), since they pull in lib/env.mjs.
  const { openDatabases, pathNames, runDataAccess, startUpstash } = await import("./data-access");
  const { runReplay } = await import("./replay");
  const { pg, pglite } = await openDatabases();
  const upstash = await startUpstash();

  heading("1. Data-access layer, in process: one interview's 5 questions");
  const { summaries, counters } = await runDataAccess({ pg, pglite, upstash });
  const base = summaries.get(pathNames.memory)?.p50 ?? Number.NaN;
  const rows = [...summaries].map(([name, s]) => [
    name,
    s.iterations,
    ms(s.p50),
    ms(s.p99),
    ratio(s.p50 / base),
  ]);
  console.info(table(["path", "iterations", "p50 ms", "p99 ms", "p50 vs in-process hit"], rows));
  if (!upstash) {
    console.info(
      "\nUpstash rows skipped: redis-server is not installed (apt-get install redis-server).",
    );
  }
  console.info(
    `\n${table(
      ["cache (question kind)", "hits", "misses", "errors"],
      counters.map((c) => [c.cache, c.hits, c.misses, c.errors]),
    )}`,
  );
  console.info(
    [
      "",
      "Paths alternate in 100 rounds (A, B, C, D, A, …) after 10 warm-up rounds, so noise lands on",
      "all alike; each call is timed alone. The one miss per cache is the first warm-up read.",
      "The pglite-socket server and the Upstash REST fake run inside this process (redis-server is",
      "its own process on loopback): a hosted Upstash adds a network round trip to its row, and a",
      "hosted Postgres one to the pg row.",
    ].join("\n"),
  );

  heading("2. Replayed load through the app's cache (in-process store)");
  const replay = await runReplay({
    database: pglite.database,
    interviews: 200,
    edits: 20,
    concurrency: 8,
    seed: 20_240_601,
  });
  console.info(table(["measure", "value"], Object.entries(replay)));
  console.info(
    [
      "",
      "200 candidates read their 5 questions 6–10 times each in a shuffled order, 8 at a time,",
      "with 20 question edits interleaved (updateInterviewQuestion, which invalidates). Misses:",
      "each interview's first read, a read after each edit, and reads that arrived while a load",
      "of their key was in flight (they share its one database load but count as misses). A stale",
      "read is one that started after an edit had returned and still saw the old questions.",
    ].join("\n"),
  );
  if (replay["stale reads"] !== 0) throw new Error("stale reads after an edit: the cache is wrong");
}

async function main() {
  console.info("# Cache benchmark\n");
  console.info(machine());
  const started = performance.now();
  await dataAccessAndReplay();
  // redis-server and the pglite socket are done: they must not compete with the HTTP servers.
  await cleanup();
  await endToEnd();
  console.info(`\nTotal: ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

try {
  await main();
} catch (error) {
  console.error("\nbench:cache failed:", error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
// Keep-alive sockets and unref'd timers of stopped servers must not keep the process waiting.
process.exit();
