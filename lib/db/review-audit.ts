import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { type DbTransaction, getDb } from "@/db/client";
import { reviewAudit, users } from "@/db/schema";

export type NewReviewAuditRow = typeof reviewAudit.$inferInsert;

/** Appends one audit row inside the caller's transaction, so a change never lands without it. */
export async function insertReviewAudit(tx: DbTransaction, values: NewReviewAuditRow) {
  await tx.insert(reviewAudit).values(values);
}

/**
 * Serialises human review writes on one interview (or bank answer): the `before` each audit row
 * records is then the value the previous write left.
 */
export async function lockReviewSubject(tx: DbTransaction, subjectId: string) {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`review:${subjectId}`}, 0))`,
  );
}

/** The interview's review history with each actor's name, newest first. */
export async function listReviewAudit(options: { interviewId: string }) {
  const db = await getDb();
  return db
    .select({
      id: reviewAudit.id,
      action: reviewAudit.action,
      subject: reviewAudit.subject,
      before: reviewAudit.before,
      after: reviewAudit.after,
      reason: reviewAudit.reason,
      createdAt: reviewAudit.createdAt,
      answerBankId: reviewAudit.answerBankId,
      actor: { id: users.id, name: users.name },
    })
    .from(reviewAudit)
    .leftJoin(users, eq(users.id, reviewAudit.actorUserId))
    .where(eq(reviewAudit.interviewId, options.interviewId))
    .orderBy(desc(reviewAudit.createdAt), desc(reviewAudit.id));
}

export type ReviewAuditEntry = Awaited<ReturnType<typeof listReviewAudit>>[number];
