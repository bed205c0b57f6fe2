// The dedup checks being compared, and the samples they run on. pgvector: the very function
// lib/db/answer-bank.ts collectAnswer calls, in a transaction of its own as there (its advisory lock
// and insert are left out: only the similarity check is timed). Before: the check as it was until
// issue 12, kept to show what the change buys. JS: the original system's way, every embedding of the
// question fetched into the process and compared in a loop; its time includes the fetch.
import { and, cosineDistance, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/open-database";
import { answerBank } from "@/db/schema";
import {
  applyDedupScanSettings,
  findNearestBankedAnswer,
  nearestBankedAnswerQuery,
} from "@/lib/db/answer-bank-dedup";
import { benchCompanyId, type Dataset, prng, randomUnitVector, rowVector } from "./dedup-data";
import { timeOnce } from "./measure";

export type Nearest = { id: string; similarity: number } | null;

const target = (query: Query) => ({
  companyId: benchCompanyId,
  questionId: query.questionId,
  embedding: query.embedding,
});

export const nearestByPgvector = (db: Db, query: Query): Promise<Nearest> =>
  db.transaction((tx) => findNearestBankedAnswer(tx, target(query)));

/** Until issue 12: pgvector's default ef_search (40), the vector sent twice as JSON. */
export function nearestBeforeIssue12(db: Db, query: Query): Promise<Nearest> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local hnsw.iterative_scan = relaxed_order`);
    const distance = cosineDistance(answerBank.embedding, query.embedding);
    const [row] = await tx
      .select({ id: answerBank.id, similarity: sql<number>`1 - (${distance})` })
      .from(answerBank)
      .where(
        and(eq(answerBank.companyId, benchCompanyId), eq(answerBank.questionId, query.questionId)),
      )
      .orderBy(distance)
      .limit(1);
    return row ? { id: row.id, similarity: Number(row.similarity) } : null;
  });
}

type Stored = { id: string; embedding: number[] }[];

const fetchQuestion = (db: Db, questionId: string): Promise<Stored> =>
  db
    .select({ id: answerBank.id, embedding: answerBank.embedding })
    .from(answerBank)
    .where(eq(answerBank.questionId, questionId));

/** Full cosine (not a dot product): the original did not assume unit vectors. */
export function nearestInJs(rows: Stored, query: number[]): Nearest {
  let best: Nearest = null;
  let queryNorm = 0;
  for (const value of query) queryNorm += value * value;
  for (const row of rows) {
    let dot = 0;
    let norm = 0;
    const vector = row.embedding;
    for (let i = 0; i < vector.length; i++) {
      const value = vector[i] ?? 0;
      dot += value * (query[i] ?? 0);
      norm += value * value;
    }
    const similarity = dot / Math.sqrt(norm * queryNorm);
    if (!best || similarity > best.similarity) best = { id: row.id, similarity };
  }
  return best;
}

export async function nearestByJsLoop(db: Db, questionId: string, embedding: number[]) {
  return nearestInJs(await fetchQuestion(db, questionId), embedding);
}

export type Query = { questionId: string; embedding: number[]; kind: "near-duplicate" | "fresh" };

/**
 * Questions are sampled through a random loaded row, so popular questions get checked as often as
 * they get answers. Half the queries are a stored answer plus noise (cosine ~0.97, a duplicate the
 * check must catch), half a fresh random vector (nothing close: it must be let through).
 */
export function sampleQueries(dataset: Dataset, count: number, seed: number): Query[] {
  const random = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const row = Math.floor(random() * dataset.rowQuestion.length);
    const questionId = dataset.questionIds[dataset.rowQuestion[row] ?? 0] ?? "";
    if (i % 2 === 1) return { questionId, embedding: [...randomUnitVector(random)], kind: "fresh" };
    const base = rowVector(dataset.seed, row);
    const noise = randomUnitVector(random);
    const embedding = Array.from(base, (value, d) => value + 0.25 * (noise[d] ?? 0));
    return { questionId, embedding, kind: "near-duplicate" };
  });
}

export type Timed = { samples: number[]; answers: Nearest[] };

/**
 * Each query through every check in turn, so whatever else the machine does lands on all checks
 * alike; the order rotates (A B, B A…) so no check always runs on pages the other just read. A
 * check stops once its time budget is spent (after at least `minimum` queries).
 */
export async function timeQueries(
  queries: Query[],
  checks: { run: (query: Query) => Promise<Nearest>; budgetMs: number; minimum: number }[],
): Promise<Timed[]> {
  const timed: Timed[] = checks.map(() => ({ samples: [], answers: [] }));
  const spent = checks.map(() => 0);
  for (const [position, query] of queries.entries()) {
    for (let turn = 0; turn < checks.length; turn++) {
      const index = (turn + position) % checks.length;
      const check = checks[index];
      const result = timed[index];
      if (!check || !result) continue;
      if ((spent[index] ?? 0) > check.budgetMs && result.samples.length >= check.minimum) continue;
      let answer: Nearest = null;
      const elapsed = await timeOnce(async () => {
        answer = await check.run(query);
      });
      spent[index] = (spent[index] ?? 0) + elapsed;
      result.samples.push(elapsed);
      result.answers.push(answer);
    }
  }
  return timed;
}

/** Exact neighbours with the same JS loop, each question's rows fetched once (untimed). */
export async function exactAnswers(db: Db, queries: Query[]): Promise<Nearest[]> {
  const cache = new Map<string, Stored>();
  const answers: Nearest[] = [];
  for (const query of queries) {
    let rows = cache.get(query.questionId);
    if (!rows) {
      rows = await fetchQuestion(db, query.questionId);
      cache.set(query.questionId, rows);
    }
    answers.push(nearestInJs(rows, query.embedding));
  }
  return answers;
}

/** EXPLAIN (ANALYZE off) of the check, under its own scan settings: which path answers it. */
export async function explain(db: Db, query: Query): Promise<string[]> {
  const [setting, result] = await db.transaction(async (tx) => {
    await applyDedupScanSettings(tx);
    return Promise.all([
      tx.execute(sql`select current_setting('hnsw.ef_search') as ef_search`),
      tx.execute(sql`explain ${nearestBankedAnswerQuery(tx, target(query))}`),
    ]);
  });
  const [efSearch] = setting.rows as { ef_search: string }[];
  const rows = result.rows as { "QUERY PLAN": string }[];
  // The vector literal in the plan is 20 KB of digits; it says nothing about the plan.
  return [
    `(hnsw.ef_search ${efSearch?.ef_search})`,
    ...rows.map((row) => row["QUERY PLAN"].replace(/'\[[^\]]*\]'/g, "'[…]'")),
  ];
}
