// Part 1 for one distribution: one in-process PGlite grows through the sizes (1k, then 9k more…),
// so rows are generated and parsed once. The HNSW index is dropped before each load and rebuilt
// after it: bulk-building is much faster than growing it row by row, and its time is reported.
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { openPgliteTestDatabase } from "@/tests/support/open-test-database";
import { onCleanup } from "./cleanup";
import {
  appendRows,
  createHnswIndex,
  type Dataset,
  type Distribution,
  dropHnswIndex,
  insertQuestions,
  zipfCdf,
} from "./dedup-data";
import {
  exactAnswers,
  explain,
  type Nearest,
  nearestBeforeIssue12,
  nearestByJsLoop,
  nearestByPgvector,
  type Query,
  sampleQueries,
  timeQueries,
} from "./dedup-search";
import { type Summary, summarize } from "./measure";

export type Agreement = { kind: string; same: number; sameDecision: number; total: number };
/** Planted near-duplicates the check found (the exact nearest row), out of all planted. */
export type Recall = { found: number; planted: number };

export type SizeResult = {
  distribution: Distribution;
  rows: number;
  rowsOfQueriedQuestions: string;
  loadMs: number;
  indexBuildMs: number;
  pgvector: Summary;
  recall: Recall;
  before: Summary;
  recallBefore: Recall;
  jsLoop: Summary;
  agreement: Agreement[];
  plans: { label: string; lines: string[] }[];
};

const bankQuestions = 1000;

export async function runDistribution(
  distribution: Distribution,
  sizes: number[],
  options: { queries: number; jsBudgetMs: number },
): Promise<SizeResult[]> {
  const database = await openPgliteTestDatabase({});
  onCleanup(`PGlite (${distribution})`, () => database.close());
  const { db } = database;
  // Measured: with the 64 MB default a 10k-row HNSW build spills out of memory and takes ~2x longer.
  await db.execute(sql.raw("set maintenance_work_mem = '1GB'"));
  const dataset: Dataset = {
    seed: distribution === "hot" ? 7 : 11,
    distribution,
    questionIds: await insertQuestions(db, bankQuestions),
    cdf: zipfCdf(bankQuestions),
    rowQuestion: [],
  };
  const results: SizeResult[] = [];
  for (const rows of sizes) {
    await dropHnswIndex(db);
    let start = performance.now();
    await appendRows(db, dataset, rows);
    // Fresh statistics, or the planner guesses how many rows a question has.
    await db.execute(sql.raw("analyze answer_bank"));
    const loadMs = performance.now() - start;
    start = performance.now();
    await createHnswIndex(db);
    const indexBuildMs = performance.now() - start;

    const queries = sampleQueries(dataset, options.queries, rows + 1);
    const pgvector = (query: Query) => nearestByPgvector(db, query);
    const before = (query: Query) => nearestBeforeIssue12(db, query);
    const all = { budgetMs: Number.POSITIVE_INFINITY, minimum: queries.length };
    const [pg, old] = await timeQueries(queries, [
      { run: pgvector, ...all },
      { run: before, ...all },
    ]);
    // Apart: the loop's garbage (up to 100k embeddings) must not land on the pgvector samples.
    const [js] = await timeQueries(queries, [
      {
        run: (q) => nearestByJsLoop(db, q.questionId, q.embedding),
        budgetMs: options.jsBudgetMs,
        minimum: 5,
      },
    ]);
    if (!pg || !old || !js) throw new Error("timeQueries returned fewer results than checks");
    const exact = await exactAnswers(db, queries);
    results.push({
      distribution,
      rows,
      rowsOfQueriedQuestions: rowsPerQuestion(dataset, queries),
      loadMs,
      indexBuildMs,
      pgvector: summarize(pg.samples),
      recall: recall(queries, pg.answers, exact),
      before: summarize(old.samples),
      recallBefore: recall(queries, old.answers, exact),
      jsLoop: summarize(js.samples),
      agreement: agree(queries, pg.answers, exact),
      plans: await plansFor(db, dataset, queries),
    });
  }
  return results;
}

/** How big the searched sets were: min / median / max rows of the questions the queries hit. */
function rowsPerQuestion(dataset: Dataset, queries: Query[]): string {
  const counts = new Map<number, number>();
  for (const question of dataset.rowQuestion) counts.set(question, (counts.get(question) ?? 0) + 1);
  const byId = new Map(dataset.questionIds.map((id, index) => [id, counts.get(index) ?? 0]));
  const hit = queries.map((q) => byId.get(q.questionId) ?? 0).sort((a, b) => a - b);
  return `${hit[0]} / ${hit[Math.floor(hit.length / 2)]} / ${hit.at(-1)}`;
}

const duplicate = (answer: Nearest) => (answer?.similarity ?? 0) > 0.95;

function recall(queries: Query[], found: Nearest[], exact: Nearest[]): Recall {
  const planted = queries.flatMap((q, i) => (q.kind === "near-duplicate" ? [i] : []));
  const hits = planted.filter((i) => found[i]?.id === exact[i]?.id);
  return { found: hits.length, planted: planted.length };
}

/** Same id as the exact search, and the same duplicate decision (the one that matters). */
function agree(queries: Query[], approximate: Nearest[], exact: Nearest[]): Agreement[] {
  return (["near-duplicate", "fresh"] as const).map((kind) => {
    const picked = queries.flatMap((q, i) => (q.kind === kind ? [i] : []));
    const same = picked.filter((i) => approximate[i]?.id === exact[i]?.id).length;
    const decided = picked.filter(
      (i) => duplicate(approximate[i] ?? null) === duplicate(exact[i] ?? null),
    );
    return { kind, same, sameDecision: decided.length, total: picked.length };
  });
}

/** Plans for the busiest queried question and, when the rows are spread, a typical one. */
async function plansFor(db: Parameters<typeof explain>[0], dataset: Dataset, queries: Query[]) {
  const busiest = dataset.questionIds[0] ?? "";
  const first = queries.find((q) => q.questionId === busiest) ?? queries[0];
  const plans = [];
  if (first) plans.push({ label: "question with the most rows", lines: await explain(db, first) });
  const typical = queries.find((q) => q.questionId !== busiest);
  if (dataset.distribution === "spread" && typical) {
    plans.push({ label: "a less popular question", lines: await explain(db, typical) });
  }
  return plans;
}
