import "server-only";
import { and, cosineDistance, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { answerBank, interviews } from "@/db/schema";
import { notFound } from "@/lib/http/api-error";

/** Above this cosine similarity to an answer already banked for the question, a new one is a duplicate. */
export const duplicateSimilarity = 0.95;

export type CollectAnswerResult =
  | { status: "success"; answerBankId: string }
  | { status: "skipped"; reason: "duplicate_answer"; similarity: number; duplicateOfId: string };

/**
 * Stores an excellent answer unless the company's bank already holds a near-identical one for the
 * same question. Only the company of the source interview is compared: shared bank questions are
 * answered by every company, and one company's answers must neither block nor reveal another's.
 * The similarity search runs in Postgres (pgvector, cosine), and an advisory lock per company and
 * question makes check-then-insert atomic: two near-identical answers collected at once give one
 * row. Replaying a collection finds the answer itself (similarity 1) and skips it.
 */
export async function collectAnswer(options: {
  questionId: string;
  text: string;
  score: number;
  embedding: number[];
  sourceInterviewId: string;
  sourceSegmentIds: string[];
  /** `pending` waits for a recruiter's approval (answers a heuristic scored). */
  status?: "pending" | "approved";
}): Promise<CollectAnswerResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    // From the interview itself, so a caller cannot file an answer under another company.
    const [source] = await tx
      .select({ companyId: interviews.companyId })
      .from(interviews)
      .where(eq(interviews.id, options.sourceInterviewId));
    if (!source) throw notFound("Interview");
    const { companyId } = source;
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`${companyId}:${options.questionId}`}, 0))`,
    );
    // With a company and question filter, a plain HNSW scan can stop before it finds any matching
    // row and miss a duplicate; iterative scans (pgvector 0.8+) keep searching until one turns up.
    await tx.execute(sql`set local hnsw.iterative_scan = relaxed_order`);

    const distance = cosineDistance(answerBank.embedding, options.embedding);
    const [nearest] = await tx
      .select({ id: answerBank.id, similarity: sql<number>`1 - (${distance})` })
      .from(answerBank)
      .where(
        and(eq(answerBank.companyId, companyId), eq(answerBank.questionId, options.questionId)),
      )
      .orderBy(distance)
      .limit(1);
    const similarity = nearest ? Number(nearest.similarity) : null;
    if (nearest && similarity !== null && similarity > duplicateSimilarity) {
      return {
        status: "skipped",
        reason: "duplicate_answer",
        similarity: Math.round(similarity * 1000) / 1000,
        duplicateOfId: nearest.id,
      };
    }

    const [row] = await tx
      .insert(answerBank)
      .values({
        companyId,
        questionId: options.questionId,
        text: options.text,
        score: options.score,
        embedding: options.embedding,
        sourceInterviewId: options.sourceInterviewId,
        sourceSegmentIds: options.sourceSegmentIds,
        status: options.status ?? "approved",
      })
      // A changed answer from an interview that already contributed one keeps the first.
      .onConflictDoNothing({ target: [answerBank.sourceInterviewId, answerBank.questionId] })
      .returning({ id: answerBank.id });
    if (row) return { status: "success", answerBankId: row.id };
    const [own] = await tx
      .select({ id: answerBank.id })
      .from(answerBank)
      .where(
        and(
          eq(answerBank.questionId, options.questionId),
          eq(answerBank.sourceInterviewId, options.sourceInterviewId),
        ),
      );
    return {
      status: "skipped",
      reason: "duplicate_answer",
      similarity: similarity ?? 0,
      duplicateOfId: own?.id ?? "",
    };
  });
}
