// The two dedup checks being compared, and the samples they run on. pgvector: the very query
// lib/db/answer-bank.ts collectAnswer builds (its advisory lock and insert are left out: only the
// similarity check is timed). JS: the original system's way, every embedding of the question
// fetched into the process and compared in a loop; its time includes the fetch.
import { and, cosineDistance, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/open-database";
import { answerBank } from "@/db/schema";
import { benchCompanyId, type Dataset, prng, randomUnitVector, rowVector } from "./dedup-data";
import { timeOnce } from "./measure";

export type Nearest = { id: string; similarity: number } | null;

/** Copied from collectAnswer so the SQL (and so the plan) is the same, not a lookalike. */
export function pgvectorQuery(db: Db, questionId: string, embedding: number[]) {
  const distance = cosineDistance(answerBank.embedding, embedding);
  return db
    .select({ id: answerBank.id, similarity: sql<number>`1 - (${distance})` })
    .from(answerBank)
    .where(and(eq(answerBank.companyId, benchCompanyId), eq(answerBank.questionId, questionId)))
    .orderBy(distance)
    .limit(1);
}

export async function nearestByPgvector(db: Db, questionId: string, embedding: number[]) {
  const [row] = await pgvectorQuery(db, questionId, embedding);
  return row ? { id: row.id, similarity: Number(row.similarity) } : null;
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

/** Runs queries in order until all are done or the time budget is spent (at least `minimum`). */
export async function timeQueries(
  queries: Query[],
  run: (query: Query) => Promise<Nearest>,
  options: { budgetMs: number; minimum: number },
): Promise<Timed> {
  const timed: Timed = { samples: [], answers: [] };
  let spent = 0;
  for (const query of queries) {
    if (spent > options.budgetMs && timed.samples.length >= options.minimum) break;
    let answer: Nearest = null;
    const elapsed = await timeOnce(async () => {
      answer = await run(query);
    });
    spent += elapsed;
    timed.samples.push(elapsed);
    timed.answers.push(answer);
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

/** EXPLAIN (ANALYZE off) of the collectAnswer query: which index answers it. */
export async function explain(db: Db, query: Query): Promise<string[]> {
  const result = await db.execute(
    sql`explain ${pgvectorQuery(db, query.questionId, query.embedding)}`,
  );
  const rows = result.rows as { "QUERY PLAN": string }[];
  // The vector literal in the plan is 20 KB of digits; it says nothing about the plan.
  return rows.map((row) => row["QUERY PLAN"].replace(/'\[[^\]]*\]'/g, "'[…]'"));
}
