import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { type DbTransaction, getDb } from "@/db/client";
import { reviewAudit, users } from "@/db/schema";

export type NewReviewAuditRow = typeof reviewAudit.$inferInsert;

/**
 * Appends one audit row inside the caller's transaction, so a change never lands without it. The
 * actor's name is copied in as it is now: the trail shows who acted, whatever they are called later.
 */
export async function insertReviewAudit(
  tx: DbTransaction,
  values: Omit<NewReviewAuditRow, "actorName">,
) {
  const actorName = values.actorUserId
    ? sql<string>`(select ${users.name} from ${users} where ${users.id} = ${values.actorUserId})`
    : null;
  await tx.insert(reviewAudit).values({ ...values, actorName });
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

/** The interview's review history with each actor's name as it was when they acted, newest first. */
export async function listReviewAudit(options: { interviewId: string }) {
  const db = await getDb();
  const rows = await db
    .select({
      id: reviewAudit.id,
      action: reviewAudit.action,
      subject: reviewAudit.subject,
      before: reviewAudit.before,
      after: reviewAudit.after,
      reason: reviewAudit.reason,
      createdAt: reviewAudit.createdAt,
      answerBankId: reviewAudit.answerBankId,
      actorUserId: reviewAudit.actorUserId,
      actorName: reviewAudit.actorName,
    })
    .from(reviewAudit)
    .where(eq(reviewAudit.interviewId, options.interviewId))
    .orderBy(desc(reviewAudit.createdAt), desc(reviewAudit.id));
  // The id is null once the user is deleted; the name they acted under stays.
  return rows.map(({ actorUserId, actorName, ...row }) => ({
    ...row,
    actor: actorName === null ? null : { id: actorUserId, name: actorName },
  }));
}

export type ReviewAuditEntry = Awaited<ReturnType<typeof listReviewAudit>>[number];
