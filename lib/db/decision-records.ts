import "server-only";
import { and, count, countDistinct, desc, eq, lt, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { type DbTransaction, getDb } from "@/db/client";
import {
  companies,
  contests,
  type DecisionRecord,
  decisionRecords,
  evaluations,
  hiringDecisions,
  humanScorecardEntries,
  integritySignals,
  interviews,
  jobRuns,
  reports,
  reviewAudit,
  scoreOverrides,
  transcriptSegments,
} from "@/db/schema";
import { buildDecisionRecord } from "@/lib/compliance/decision-records/build-decision-record";

async function countIn(tx: DbTransaction, table: PgTable, where: SQL): Promise<number> {
  const [row] = await tx.select({ total: count() }).from(table).where(where);
  return Number(row?.total ?? 0);
}

/**
 * Writes the de-identified record of an interview's decision inside the erase's transaction,
 * before its rows go: the erase and the record land together or not at all. Null when the
 * interview is not there.
 */
export async function writeDecisionRecord(
  tx: DbTransaction,
  options: { interviewId: string; interviewIdHash: string; erasedAt: Date },
): Promise<DecisionRecord | null> {
  const [interview] = await tx
    .select({
      companyId: interviews.companyId,
      positionId: interviews.positionId,
      aiScoring: interviews.aiScoring,
      noticeHash: interviews.noticeHash,
      accommodationGrant: interviews.accommodationGrant,
      auditRetentionMonths: companies.auditRetentionMonths,
    })
    .from(interviews)
    .innerJoin(companies, eq(companies.id, interviews.companyId))
    .where(eq(interviews.id, options.interviewId));
  if (!interview) return null;
  const id = options.interviewId;
  const [decision] = await tx
    .select({ value: hiringDecisions.decision, decidedAt: hiringDecisions.updatedAt })
    .from(hiringDecisions)
    .where(eq(hiringDecisions.interviewId, id));
  const [report] = await tx
    .select({ rubricVersions: reports.rubricVersions })
    .from(reports)
    .where(eq(reports.interviewId, id));
  // An interview the candidate kept from AI scoring has a human scorecard and no AI report.
  const scorecardVersions = await tx
    .selectDistinct({ version: humanScorecardEntries.rubricVersion })
    .from(humanScorecardEntries)
    .where(eq(humanScorecardEntries.interviewId, id));
  const [answers] = await tx
    .select({ total: countDistinct(transcriptSegments.questionId) })
    .from(transcriptSegments)
    .where(
      and(eq(transcriptSegments.interviewId, id), eq(transcriptSegments.speaker, "candidate")),
    );
  const audit = await tx
    .select({
      action: reviewAudit.action,
      createdAt: reviewAudit.createdAt,
      actorUserId: reviewAudit.actorUserId,
      before: reviewAudit.before,
      after: reviewAudit.after,
    })
    .from(reviewAudit)
    .where(eq(reviewAudit.interviewId, id));
  const runs = await tx
    .select({
      functionId: jobRuns.functionId,
      status: jobRuns.status,
      attempts: jobRuns.attempts,
      startedAt: jobRuns.startedAt,
      finishedAt: jobRuns.finishedAt,
    })
    .from(jobRuns)
    .where(eq(jobRuns.interviewId, id));
  const values = buildDecisionRecord({
    companyId: interview.companyId,
    positionId: interview.positionId,
    interviewIdHash: options.interviewIdHash,
    aiScoring: interview.aiScoring,
    noticeHash: interview.noticeHash,
    accommodationGrant: interview.accommodationGrant,
    decision: decision ?? null,
    rubricVersions: [
      ...new Set([
        ...(report?.rubricVersions ?? []),
        ...scorecardVersions.map((row) => row.version),
      ]),
    ],
    counts: {
      answers: Number(answers?.total ?? 0),
      evaluations: await countIn(tx, evaluations, eq(evaluations.interviewId, id)),
      overrides: await countIn(tx, scoreOverrides, eq(scoreOverrides.interviewId, id)),
      humanScores: await countIn(
        tx,
        humanScorecardEntries,
        eq(humanScorecardEntries.interviewId, id),
      ),
      contests: await countIn(tx, contests, eq(contests.interviewId, id)),
      signals: await countIn(tx, integritySignals, eq(integritySignals.interviewId, id)),
    },
    audit,
    runs,
    auditRetentionMonths: interview.auditRetentionMonths,
    erasedAt: options.erasedAt,
  });
  const [row] = await tx.insert(decisionRecords).values(values).returning();
  if (!row) throw new Error("Writing the decision record returned no row.");
  return row;
}

/** The workspace's records of one interview, found by the hash of its id; newest first. */
export async function listDecisionRecordsByInterviewIdHash(options: {
  companyId: string;
  interviewIdHash: string;
}): Promise<DecisionRecord[]> {
  const db = await getDb();
  return db
    .select()
    .from(decisionRecords)
    .where(
      and(
        eq(decisionRecords.companyId, options.companyId),
        eq(decisionRecords.interviewIdHash, options.interviewIdHash),
      ),
    )
    .orderBy(desc(decisionRecords.erasedAt));
}

/** The retention sweep: records whose `retain_until` has passed go (its index finds them). */
export async function deleteDecisionRecordsPastRetention(options: { now: Date }): Promise<number> {
  const db = await getDb();
  const deleted = await db
    .delete(decisionRecords)
    .where(lt(decisionRecords.retainUntil, options.now))
    .returning({ id: decisionRecords.id });
  return deleted.length;
}
