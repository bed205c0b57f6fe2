import "server-only";
import { asc, eq, getTableColumns } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  answerBank,
  evaluations,
  followUpDecisions,
  hiringDecisions,
  integritySignals,
  interviewQuestions,
  interviews,
  jobRuns,
  positions,
  recordings,
  reports,
  reviewAudit,
  scoreOverrides,
  transcriptSegments,
} from "@/db/schema";

const { actorName: _actorName, ...reviewAuditExportColumns } = getTableColumns(reviewAudit);

/**
 * Every row held about one interview, table by table, for the candidate's data export. Null when
 * the interview is gone. The invite token's hash is left out: it is a credential, not their data.
 */
export async function loadInterviewData(options: { interviewId: string }) {
  const db = await getDb();
  const { interviewId } = options;
  const [found] = await db
    .select({ interview: interviews, position: { id: positions.id, title: positions.title } })
    .from(interviews)
    .innerJoin(positions, eq(positions.id, interviews.positionId))
    .where(eq(interviews.id, interviewId));
  if (!found) return null;
  const { inviteTokenHash: _credential, ...interview } = found.interview;
  const [
    questions,
    transcript,
    evaluationRows,
    reportRows,
    overrides,
    decisions,
    audit,
    signals,
    recordingRows,
    bankAnswers,
    runs,
    followUpRows,
  ] = await Promise.all([
    db
      .select()
      .from(interviewQuestions)
      .where(eq(interviewQuestions.interviewId, interviewId))
      .orderBy(asc(interviewQuestions.order), asc(interviewQuestions.followUpNumber)),
    db
      .select()
      .from(transcriptSegments)
      .where(eq(transcriptSegments.interviewId, interviewId))
      .orderBy(asc(transcriptSegments.startMs), asc(transcriptSegments.id)),
    db
      .select()
      .from(evaluations)
      .where(eq(evaluations.interviewId, interviewId))
      .orderBy(asc(evaluations.createdAt)),
    db.select().from(reports).where(eq(reports.interviewId, interviewId)),
    db.select().from(scoreOverrides).where(eq(scoreOverrides.interviewId, interviewId)),
    db.select().from(hiringDecisions).where(eq(hiringDecisions.interviewId, interviewId)),
    // Who acted is the recruiter's id: their name is their own personal data, not the candidate's.
    db
      .select(reviewAuditExportColumns)
      .from(reviewAudit)
      .where(eq(reviewAudit.interviewId, interviewId))
      .orderBy(asc(reviewAudit.createdAt)),
    db
      .select()
      .from(integritySignals)
      .where(eq(integritySignals.interviewId, interviewId))
      .orderBy(asc(integritySignals.createdAt)),
    db
      .select()
      .from(recordings)
      .where(eq(recordings.interviewId, interviewId))
      .orderBy(asc(recordings.createdAt)),
    // The embedding is left out: a vector of numbers computed from `text`, which is exported.
    db
      .select({
        id: answerBank.id,
        questionId: answerBank.questionId,
        sourceSegmentIds: answerBank.sourceSegmentIds,
        text: answerBank.text,
        score: answerBank.score,
        status: answerBank.status,
        reviewedAt: answerBank.reviewedAt,
        createdAt: answerBank.createdAt,
      })
      .from(answerBank)
      .where(eq(answerBank.sourceInterviewId, interviewId)),
    // Ids and outcomes only: an error text is for operators and may quote anything.
    db
      .select({
        id: jobRuns.id,
        functionId: jobRuns.functionId,
        eventName: jobRuns.eventName,
        status: jobRuns.status,
        startedAt: jobRuns.startedAt,
        finishedAt: jobRuns.finishedAt,
      })
      .from(jobRuns)
      .where(eq(jobRuns.interviewId, interviewId))
      .orderBy(asc(jobRuns.startedAt)),
    // Why the interviewer followed up (or not) is written about the candidate's answer.
    db
      .select({
        mainQuestionId: followUpDecisions.mainQuestionId,
        followUpNumber: followUpDecisions.followUpNumber,
        status: followUpDecisions.status,
        ask: followUpDecisions.ask,
        reason: followUpDecisions.reason,
        decidedBy: followUpDecisions.decidedBy,
        followUpQuestionId: followUpDecisions.followUpQuestionId,
        decidedAt: followUpDecisions.decidedAt,
      })
      .from(followUpDecisions)
      .where(eq(followUpDecisions.interviewId, interviewId))
      .orderBy(asc(followUpDecisions.claimedAt)),
  ]);
  return {
    interview,
    position: found.position,
    questions,
    transcript,
    evaluations: evaluationRows,
    report: reportRows[0] ?? null,
    review: { overrides, decision: decisions[0] ?? null, audit },
    followUpDecisions: followUpRows,
    integritySignals: signals,
    recordings: recordingRows,
    answerBank: bankAnswers,
    jobRuns: runs,
  };
}

export type InterviewData = NonNullable<Awaited<ReturnType<typeof loadInterviewData>>>;
