// `npm run bench:dedup`: pgvector dedup vs the original fetch-all-and-loop-in-JS, and batched vs
// single embedding requests, in one run so the figures share a machine. `--with-100k` adds 100k
// rows: in PGlite's WASM build, loading and indexing them runs far past the ~5 min budget.
import { performance } from "node:perf_hooks";
import { cleanup, installExitHandlers } from "./cleanup";
import { isolateEnv } from "./env";
import { heading, machine, ms, ratio, table } from "./report";

// Before any app module loads: lib/env.mjs reads the env once, when first imported.
isolateEnv();
installExitHandlers();

const with100k = process.argv.includes("--with-100k");
const sizes = with100k ? [1000, 10_000, 100_000] : [1000, 10_000];
const seconds = (value: number) => (value / 1000).toFixed(1);

async function dedupCheck() {
  const { runDistribution } = await import("./dedup-scale");
  const { dedupRowsPerCandidate } = await import("@/lib/db/answer-bank-dedup");
  heading("1. Dedup check: pgvector in Postgres vs fetch all + cosine loop in JS");
  const options = { queries: 200, jsBudgetMs: 15_000 };
  // One database at a time: both at 10k+ rows would only compete for memory.
  const results = [
    ...(await runDistribution("spread", sizes, options)),
    ...(await runDistribution("hot", sizes, options)),
  ];
  const label = (r: (typeof results)[number]) => `${r.distribution} ${r.rows / 1000}k`;
  const found = (r: { found: number; planted: number }) => `${r.found}/${r.planted}`;
  console.info(
    table(
      [
        "rows",
        "rows/question min/med/max",
        "recall",
        "pgvector p50",
        "p99",
        "before: recall",
        "p50",
        "p99",
        "JS p50",
        "p99",
        "n",
        "JS/pgvector p50",
      ],
      results.map((r) => [
        label(r),
        r.rowsOfQueriedQuestions,
        found(r.recall),
        ms(r.pgvector.p50),
        ms(r.pgvector.p99),
        found(r.recallBefore),
        ms(r.before.p50),
        ms(r.before.p99),
        ms(r.jsLoop.p50),
        ms(r.jsLoop.p99),
        r.jsLoop.iterations,
        ratio(r.jsLoop.p50 / r.pgvector.p50),
      ]),
    ),
  );
  console.info(
    [
      "",
      "Times in ms, per check, over 200 queries (100 near-duplicates, 100 fresh). recall: planted",
      "near-duplicates (a stored answer plus noise, cosine ~0.97) for which the check returned the",
      "exact nearest row, i.e. the duplicate it must catch. spread: 1,000 bank questions, answers",
      "Zipf-distributed over them (the top question holds ~13 %); hot: every row on one question.",
      "Queries sample a question through a random row, so busy questions are checked as often as",
      "they are answered. pgvector times the check collectAnswer runs, in its transaction (no lock,",
      `no insert): ef_search = indexed rows / ${dedupRowsPerCandidate} (40 to 1,000; the plans below show it), the`,
      "vector sent once with 9 digits. before: the check until issue 12",
      "(ef_search 40, the vector sent twice as JSON), run interleaved with it on the same rows. JS",
      "includes fetching the question's rows through drizzle. JS runs stop after",
      `${options.jsBudgetMs / 1000} s per row (min 5 checks): n says how many ran.`,
    ].join("\n"),
  );

  // Each size appends rows to the previous one's; the index is dropped, then rebuilt.
  heading("Loading and HNSW index build (PGlite, WASM, in process)");
  console.info(
    table(
      ["rows", "load rows + analyze s", "HNSW build s", "(built over the whole table)"],
      results.map((r) => [label(r), seconds(r.loadMs), seconds(r.indexBuildMs), ""]),
    ),
  );

  heading("Does the pgvector answer match the exact nearest neighbour (JS loop over all rows)?");
  console.info(
    table(
      ["rows", "query kind", "same row as exact", "same duplicate decision (> 0.95)"],
      results.flatMap((r) =>
        r.agreement.map((a) => [
          label(r),
          a.kind,
          `${a.same}/${a.total}`,
          `${a.sameDecision}/${a.total}`,
        ]),
      ),
    ),
  );
  console.info(
    [
      "",
      "near-duplicate: a stored answer plus noise (cosine ~0.97): the check must flag it. fresh: a new",
      "random vector (nearest cosine ~0.1): any neighbour gives the right answer, so a wrong row there",
      "costs nothing. An HNSW scan is approximate; a btree scan + sort is exact.",
    ].join("\n"),
  );

  heading("EXPLAIN (ANALYZE off) of the collectAnswer check");
  for (const r of results) {
    for (const plan of r.plans) {
      console.info(`${label(r)}, ${plan.label}:`);
      console.info(plan.lines.map((line) => `    ${line}`).join("\n"));
    }
  }
  if (!with100k) {
    const last = results.find((r) => r.rows === 10_000);
    const perRow = last ? (last.loadMs / 9000) * 90_000 : Number.NaN;
    console.info(
      [
        "",
        "100k rows: skipped (run with --with-100k). Linear from the 10k load, appending 90k more rows",
        `would take ~${seconds(perRow)} s per distribution, and the HNSW build (super-linear) more than`,
        `10x the 10k build, i.e. > ${seconds((last?.indexBuildMs ?? Number.NaN) * 10)} s.`,
      ].join("\n"),
    );
  }
}

async function embeddingRequests() {
  const { runEmbeddingRequests } = await import("./dedup-embed");
  heading("2. Embedding HTTP requests for 1,000 answers (OpenAI provider vs the fake server)");
  const runs = await runEmbeddingRequests(1000);
  console.info(
    table(
      ["mode", "HTTP requests", "vectors", "wall ms"],
      runs.map((r) => [r.mode, r.requests, r.vectors, ms(r.wallMs)]),
    ),
  );
  console.info("\nLoopback, no network latency: a real API adds a round trip to every request.");
}

async function main() {
  console.info("# Dedup benchmark\n");
  heading("3. Machine");
  console.info(machine());
  const started = performance.now();
  await embeddingRequests();
  await dedupCheck();
  console.info(`\nTotal: ${seconds(performance.now() - started)} s`);
}

try {
  await main();
} catch (error) {
  console.error("\nbench:dedup failed:", error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
// Keep-alive sockets of the stopped fake server must not keep the process waiting.
process.exit();
