import "server-only";
import { and, eq, isNull, ne, or, sql } from "drizzle-orm";
import type { DbTransaction } from "@/db/open-database";
import { answerBank } from "@/db/schema";

/** Above this cosine similarity to an answer already banked for the question, a new one is a duplicate. */
export const duplicateSimilarity = 0.95;

/**
 * The HNSW candidate list (`hnsw.ef_search`, pgvector's default 40) grows with the index: a scan
 * with a fixed list finds a planted near-duplicate less often as the graph grows. bench:dedup
 * (random 1536-dimension answers, all on one question: the worst case) found with ef_search 40
 * 100/100 at 10k rows but 60/100 at 100k; at 10k, 10 found 93/100 and 20 100/100; at 100k, 200
 * found 98/100 and 300 100/100. The misses fit exp(-2300 × ef_search / rows), so rows / 250 keeps
 * the expected misses per 100 checks under 0.01: 40 up to 10k rows, 401 at 100k (p50 76 ms there
 * against 15 ms at 40), hence no fixed large value. pgvector caps it at 1,000 (250k rows).
 * Gotcha: Postgres prices the exact path without its TOAST reads, and pgvector's estimate is not
 * monotonic in ef_search: at 100k rows, 80 to 150 made it sort the whole question (1.4 s a check).
 * Check the plans bench:dedup prints before changing this.
 */
export const dedupRowsPerCandidate = 250;

/**
 * Transaction-local, so they end with the caller's transaction. The index size is free to read
 * and always current (a 1536-dimension element fills one page, so pages ≈ indexed rows), unlike
 * a count or the planner's statistics. With a company and question filter a plain HNSW scan can
 * stop before it finds any matching row; iterative scans (pgvector 0.8+) keep searching until one
 * turns up. One statement: it runs on every check.
 */
export async function applyDedupScanSettings(tx: DbTransaction) {
  const pages = sql`pg_relation_size('answer_bank_embedding_hnsw_idx') / current_setting('block_size')::int`;
  await tx.execute(
    sql`select set_config('hnsw.ef_search', least(1000, greatest(40, ceil(${pages} / ${dedupRowsPerCandidate}::numeric)))::int::text, true),
      set_config('hnsw.iterative_scan', 'relaxed_order', true)`,
  );
}

/**
 * pgvector stores float4: 9 significant digits give back the very same float, in about 60 % of the
 * text of JSON's 17 (a 1536-dimension literal that Postgres parses on every check).
 */
export const toVectorLiteral = (embedding: number[]) =>
  `[${embedding.map((value) => Number(Math.fround(value).toPrecision(9))).join(",")}]`;

type NearestQuery = {
  companyId: string;
  questionId: string;
  embedding: number[];
  /** Leaves out the answers banked from this interview (a candidate is not close to themself). */
  exceptInterviewId?: string;
};

/** Bank rows that did not come from this interview (manual entries have no source). */
export const notBankedFrom = (interviewId: string) =>
  or(isNull(answerBank.sourceInterviewId), ne(answerBank.sourceInterviewId, interviewId));

/**
 * The company's banked answer to the question nearest to `embedding` (cosine). The planner picks
 * the exact path (the question's rows by btree, then a sort) when the question has few rows and
 * the HNSW index when it has many. The vector is sent once: ORDER BY names the selected distance.
 */
export const nearestBankedAnswerQuery = (tx: DbTransaction, options: NearestQuery) =>
  tx
    .select({
      id: answerBank.id,
      sourceInterviewId: answerBank.sourceInterviewId,
      text: answerBank.text,
      distance:
        sql<number>`${answerBank.embedding} <=> ${toVectorLiteral(options.embedding)}::vector`.as(
          "distance",
        ),
    })
    .from(answerBank)
    .where(
      and(
        eq(answerBank.companyId, options.companyId),
        eq(answerBank.questionId, options.questionId),
        options.exceptInterviewId ? notBankedFrom(options.exceptInterviewId) : undefined,
      ),
    )
    .orderBy(sql`distance`)
    .limit(1);

/** Needs the caller's transaction: the scan settings are local to it. */
export async function findNearestBankedAnswer(tx: DbTransaction, options: NearestQuery) {
  await applyDedupScanSettings(tx);
  const [nearest] = await nearestBankedAnswerQuery(tx, options);
  if (!nearest) return null;
  const { distance, ...answer } = nearest;
  return { ...answer, similarity: 1 - Number(distance) };
}
