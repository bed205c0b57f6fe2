import "server-only";
import { and, count, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { type DbTransaction, getDb } from "@/db/client";
import {
  answerBank,
  dataDeletions,
  evaluations,
  hiringDecisions,
  integritySignals,
  interviewQuestions,
  interviews,
  jobRuns,
  recordings,
  reports,
  reviewAudit,
  scoreOverrides,
  transcriptSegments,
  webhookDeliveries,
} from "@/db/schema";
import { writeDecisionRecord } from "./decision-records";

export type DeletionReason = (typeof dataDeletions.$inferInsert)["reason"];

// The tables that go with the interview row by cascade, counted before it goes for the audit row.
const cascadedTables: Record<string, { table: PgTable; interviewId: PgColumn }> = {
  interviewQuestions: { table: interviewQuestions, interviewId: interviewQuestions.interviewId },
  transcriptSegments: { table: transcriptSegments, interviewId: transcriptSegments.interviewId },
  evaluations: { table: evaluations, interviewId: evaluations.interviewId },
  reports: { table: reports, interviewId: reports.interviewId },
  scoreOverrides: { table: scoreOverrides, interviewId: scoreOverrides.interviewId },
  hiringDecisions: { table: hiringDecisions, interviewId: hiringDecisions.interviewId },
  reviewAudit: { table: reviewAudit, interviewId: reviewAudit.interviewId },
  integritySignals: { table: integritySignals, interviewId: integritySignals.interviewId },
  recordings: { table: recordings, interviewId: recordings.interviewId },
};

async function countWhere(tx: DbTransaction, table: PgTable, where: SQL): Promise<number> {
  const [row] = await tx.select({ total: count() }).from(table).where(where);
  return Number(row?.total ?? 0);
}

/**
 * Deletes an interview's rows in one transaction: its answers in the answer bank (pending ones
 * too), the job records that name it (their error text may quote the candidate; job_runs has no
 * foreign key), the interview with everything that cascades from it, and then one
 * `data_deletions` row with counts only. First of all it writes the interview's de-identified
 * decision record (lib/db/decision-records): what the law asks to keep outlives the content.
 * Null when the interview is gone (or, with `companyId`, not that company's), writing nothing: a
 * second erase finds nothing and leaves no second row.
 */
export async function eraseInterviewRows(options: {
  interviewId: string;
  companyId?: string;
  requestedByUserId: string | null;
  reason: DeletionReason;
  /** Counts from outside the database (stored files), kept in the same audit row. */
  alsoRemoved?: Record<string, number>;
  /** The decision record's link to the interview (never the id itself) and its erase time. */
  decisionRecord: { interviewIdHash: string; erasedAt: Date };
}) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [interview] = await tx
      .select({
        id: interviews.id,
        companyId: interviews.companyId,
        inviteTokenHash: interviews.inviteTokenHash,
      })
      .from(interviews)
      .where(
        and(
          eq(interviews.id, options.interviewId),
          options.companyId ? eq(interviews.companyId, options.companyId) : undefined,
        ),
      )
      .for("update");
    if (!interview) return null;
    await writeDecisionRecord(tx, { interviewId: interview.id, ...options.decisionRecord });
    const removed: Record<string, number> = { interviews: 1, ...options.alsoRemoved };
    for (const [name, { table, interviewId }] of Object.entries(cascadedTables)) {
      removed[name] = await countWhere(tx, table, eq(interviewId, interview.id));
    }
    const bank = await tx
      .delete(answerBank)
      .where(eq(answerBank.sourceInterviewId, interview.id))
      .returning({ id: answerBank.id });
    const runs = await tx
      .delete(jobRuns)
      .where(eq(jobRuns.interviewId, interview.id))
      .returning({ id: jobRuns.id });
    // Other candidates' similarity signals quote this interview's answers (an excerpt and its id,
    // or a banked answer of it): they go with it.
    const quoting = await tx
      .delete(integritySignals)
      .where(
        or(
          sql`${integritySignals.evidence}->>'interviewId' = ${interview.id}`,
          bank.length > 0
            ? inArray(
                sql`${integritySignals.evidence}->>'answerBankId'`,
                bank.map((row) => row.id),
              )
            : undefined,
        ),
      )
      .returning({ id: integritySignals.id });
    // Webhooks sent about it carry the ATS's ids of the candidate: the log keeps none of them.
    const hooks = await tx
      .delete(webhookDeliveries)
      .where(sql`${webhookDeliveries.payload}->'data'->>'interviewId' = ${interview.id}`)
      .returning({ id: webhookDeliveries.id });
    if (hooks.length > 0) removed.webhookDeliveries = hooks.length;
    removed.answerBank = bank.length;
    removed.jobRuns = runs.length;
    removed.signalsQuotingIt = quoting.length;
    await tx.delete(interviews).where(eq(interviews.id, interview.id));
    const [audit] = await tx
      .insert(dataDeletions)
      .values({
        companyId: interview.companyId,
        interviewId: interview.id,
        requestedByUserId: options.requestedByUserId,
        reason: options.reason,
        removed,
      })
      .returning();
    if (!audit) throw new Error("Recording the deletion returned no row.");
    return { deletion: audit, inviteTokenHash: interview.inviteTokenHash };
  });
}
