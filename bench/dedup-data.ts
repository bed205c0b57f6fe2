// Synthetic answer-bank rows for the dedup benchmark. 100k real embeddings would cost an embedding
// model 100k calls; random unit vectors exercise the same index and the same bytes per row. Each
// row's vector is derived from its index, so a query can rebuild a stored vector (to make a
// near-duplicate of it) without the benchmark holding 100k × 1536 floats in memory.
import { sql } from "drizzle-orm";
import type { Db } from "@/db/open-database";
import { embeddingDimensions } from "@/db/schema";

/** mulberry32: tiny, fast and seeded, so every run loads the same rows and asks the same queries. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Gaussian components, normalised: uniform on the sphere, unlike normalised uniform cubes. */
export function randomUnitVector(random: () => number): Float64Array {
  const vector = new Float64Array(embeddingDimensions);
  let squares = 0;
  for (let i = 0; i < embeddingDimensions; i += 2) {
    const radius = Math.sqrt(-2 * Math.log(1 - random()));
    const angle = 2 * Math.PI * random();
    vector[i] = radius * Math.cos(angle);
    vector[i + 1] = radius * Math.sin(angle);
  }
  for (const value of vector) squares += value * value;
  const norm = Math.sqrt(squares);
  for (let i = 0; i < vector.length; i++) vector[i] = (vector[i] ?? 0) / norm;
  return vector;
}

/** The stored vector of row `index` in the dataset seeded by `seed`. */
export const rowVector = (seed: number, index: number) =>
  randomUnitVector(prng(Math.imul(seed, 0x9e3779b1) ^ index));

/** Six decimals: float4 keeps ~7 significant digits anyway, and shorter SQL parses faster. */
export const vectorLiteral = (vector: ArrayLike<number>) =>
  `[${Array.from(vector, (value) => Math.round(value * 1e6) / 1e6).join(",")}]`;

export type Distribution = "spread" | "hot";

/**
 * Which bank question row `index` answers. Spread: Zipf (s = 1) over the questions, a few popular
 * questions collect most answers as in real use (the top one gets ~13 % of 1,000 questions').
 * Hot: the worst case, every row on question 0.
 */
export function questionOfRow(distribution: Distribution, cdf: Float64Array, index: number) {
  if (distribution === "hot") return 0;
  const u = prng(index ^ 0x5bd1e995)();
  let low = 0;
  let high = cdf.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((cdf[mid] ?? 1) < u) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function zipfCdf(questions: number): Float64Array {
  const cdf = new Float64Array(questions);
  let total = 0;
  for (let q = 0; q < questions; q++) total += 1 / (q + 1);
  let running = 0;
  for (let q = 0; q < questions; q++) {
    running += 1 / (q + 1) / total;
    cdf[q] = running;
  }
  return cdf;
}

/** The one company every bench answer belongs to: dedup compares within a company. */
export const benchCompanyId = "00000000-0000-4000-8000-00000000be0c";

/** Bank questions inserted directly (the FK target): shared ones, answered by the bench company. */
export async function insertQuestions(db: Db, count: number): Promise<string[]> {
  await db.execute(
    sql.raw(
      `insert into companies (id, name) values ('${benchCompanyId}', 'Bench') on conflict do nothing`,
    ),
  );
  const ids = Array.from({ length: count }, () => crypto.randomUUID());
  for (let start = 0; start < count; start += 1000) {
    const values = ids
      .slice(start, start + 1000)
      .map((id, i) => `('${id}', 'Bench question ${start + i}', 'technical', 'bench')`);
    await db.execute(
      sql.raw(
        `insert into question_bank (id, content, category, competency) values ${values.join(",")}`,
      ),
    );
  }
  return ids;
}

export type Dataset = {
  seed: number;
  distribution: Distribution;
  questionIds: string[];
  cdf: Float64Array;
  /** Question index of every loaded row, in load order: queries sample questions through it. */
  rowQuestion: number[];
};

/** Appends rows [from, to): one multi-row INSERT per 1,000 rows, vectors as text literals. */
export async function appendRows(db: Db, dataset: Dataset, to: number): Promise<void> {
  for (let start = dataset.rowQuestion.length; start < to; start += 1000) {
    const values: string[] = [];
    for (let index = start; index < Math.min(to, start + 1000); index++) {
      const question = questionOfRow(dataset.distribution, dataset.cdf, index);
      dataset.rowQuestion.push(question);
      const literal = vectorLiteral(rowVector(dataset.seed, index));
      values.push(
        `('${benchCompanyId}', '${dataset.questionIds[question]}', 'answer ${index}', 90, '${literal}')`,
      );
    }
    await db.execute(
      sql.raw(
        `insert into answer_bank (company_id, question_id, text, score, embedding) values ${values.join(",")}`,
      ),
    );
  }
}

export const hnswIndex = "answer_bank_embedding_hnsw_idx";

/** The same definition as db/migrations/0001 (pgvector defaults m = 16, ef_construction = 64). */
export async function createHnswIndex(db: Db): Promise<void> {
  await db.execute(
    sql.raw(`create index ${hnswIndex} on answer_bank using hnsw (embedding vector_cosine_ops)`),
  );
}

export async function dropHnswIndex(db: Db): Promise<void> {
  await db.execute(sql.raw(`drop index if exists ${hnswIndex}`));
}
