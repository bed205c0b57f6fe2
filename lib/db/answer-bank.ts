import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { answerBank, interviews } from "@/db/schema";
import { notFoundError } from "@/lib/domain-error";
import { duplicateSimilarity, findNearestBankedAnswer } from "./answer-bank-dedup";
import { insertReviewAudit } from "./review-audit";

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
  /** `pending` waits for a recruiter's approval. */
  status?: "pending" | "approved";
  /**
   * A recruiter put the answer forward (an offline score never banks one): it is banked as
   * approved by them, with its audit row in the same transaction.
   */
  nominatedBy?: { userId: string; subject: string; reason: string };
}): Promise<CollectAnswerResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    // From the interview itself, so a caller cannot file an answer under another company.
    const [source] = await tx
      .select({ companyId: interviews.companyId })
      .from(interviews)
      .where(eq(interviews.id, options.sourceInterviewId));
    if (!source) throw notFoundError("Interview");
    const { companyId } = source;
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`${companyId}:${options.questionId}`}, 0))`,
    );
    const nearest = await findNearestBankedAnswer(tx, {
      companyId,
      questionId: options.questionId,
      embedding: options.embedding,
    });
    if (nearest && nearest.similarity > duplicateSimilarity) {
      return {
        status: "skipped",
        reason: "duplicate_answer",
        similarity: Math.round(nearest.similarity * 1000) / 1000,
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
        status: options.nominatedBy ? "approved" : (options.status ?? "approved"),
        ...(options.nominatedBy
          ? { reviewedByUserId: options.nominatedBy.userId, reviewedAt: new Date() }
          : {}),
      })
      // A changed answer from an interview that already contributed one keeps the first.
      .onConflictDoNothing({ target: [answerBank.sourceInterviewId, answerBank.questionId] })
      .returning({ id: answerBank.id });
    if (row && options.nominatedBy) {
      await insertReviewAudit(tx, {
        companyId,
        interviewId: options.sourceInterviewId,
        answerBankId: row.id,
        actorUserId: options.nominatedBy.userId,
        action: "approve_bank_answer",
        subject: options.nominatedBy.subject,
        before: null,
        after: { status: "approved", nominated: true },
        reason: options.nominatedBy.reason,
      });
    }
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
      similarity: nearest?.similarity ?? 0,
      duplicateOfId: own?.id ?? "",
    };
  });
}
