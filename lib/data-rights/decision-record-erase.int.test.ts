import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import {
  companies,
  contests,
  decisionRecords,
  evaluations,
  hiringDecisions,
  humanScorecardEntries,
  interviews,
  jobRuns,
  reports,
  reviewAudit,
  scoreOverrides,
  selfIdentifications,
  transcriptSegments,
} from "@/db/schema";
import { hashInterviewId } from "@/lib/compliance/decision-records/interview-id-hash";
import { listDecisionRecordsByInterviewIdHash } from "@/lib/db/decision-records";
import { createInterviewWithEverything } from "@/tests/support/data-rights-fixtures";
import { createTenant } from "@/tests/support/factories";
import { eraseInterviewData } from "./erase-interview-data";

await vi.hoisted(async () => {
  const fs = await import("node:fs/promises");
  const os = await import("node:os");
  const path = await import("node:path");
  process.env.RECORDINGS_DIR = await fs.mkdtemp(path.join(os.tmpdir(), "decision-records-"));
});

// One marker per place a person's words or identity can sit; none may reach the record.
const marks = {
  name: "Quenby Zarathustra",
  email: "quenby.zara@distinct-mail.example",
  resume: "RESUME-MARKER-7731",
  externalCandidate: "ATS-CAND-5521",
  externalApplication: "ATS-APP-9912",
  accommodationRequest: "ACCOM-REQUEST-NOTE-4410",
  accommodationGrant: "ACCOM-GRANT-NOTE-3301",
  transcript: "TRANSCRIPT-MARKER-8842",
  overrideReason: "OVERRIDE-REASON-2290",
  decisionNote: "DECISION-NOTE-6653",
  auditSubject: "SUBJECT-QUOTE-1187",
  auditReason: "AUDIT-REASON-4476",
  auditAfterNote: "AFTER-NOTE-9034",
  jobError: "JOBRUN-ERROR-5518",
  contestMessage: "CONTEST-MESSAGE-3390",
  contestAnswer: "CONTEST-ANSWER-7781",
  evaluationFeedback: "EVAL-FEEDBACK-1029",
  reportSummary: "REPORT-SUMMARY-2204",
  scorecardQuote: "SCORECARD-QUOTE-6612",
};

async function markEverything(options: {
  interviewId: string;
  companyId: string;
  positionId: string;
  recruiterId: string;
  firstQuestionId: string;
  decidedAt: Date;
}) {
  const db = await getDb();
  const id = options.interviewId;
  await db
    .update(interviews)
    .set({
      candidateName: marks.name,
      candidateEmail: marks.email,
      resumeText: marks.resume,
      externalCandidateId: marks.externalCandidate,
      externalApplicationId: marks.externalApplication,
      noticeHash: "notice-sha256-of-v3",
      accommodationRequest: {
        kinds: ["more_time", "other"],
        note: marks.accommodationRequest,
        requestedAt: "2026-08-01T10:00:00.000Z",
      },
      accommodationGrant: {
        kinds: ["more_time", "other"],
        answerTimeMultiplier: 2,
        note: marks.accommodationGrant,
        grantedAt: "2026-08-02T10:00:00.000Z",
        grantedByUserId: options.recruiterId,
      },
    })
    .where(eq(interviews.id, id));
  await db
    .update(transcriptSegments)
    .set({ text: `${marks.transcript} ${marks.name}` })
    .where(eq(transcriptSegments.interviewId, id));
  await db
    .update(scoreOverrides)
    .set({ reason: marks.overrideReason })
    .where(eq(scoreOverrides.interviewId, id));
  await db
    .update(hiringDecisions)
    .set({ note: marks.decisionNote, updatedAt: options.decidedAt })
    .where(eq(hiringDecisions.interviewId, id));
  await db
    .update(evaluations)
    .set({ feedback: marks.evaluationFeedback })
    .where(eq(evaluations.interviewId, id));
  await db.update(reports).set({ summary: marks.reportSummary }).where(eq(reports.interviewId, id));
  await db
    .update(jobRuns)
    .set({ error: `${marks.jobError} for ${marks.email}` })
    .where(eq(jobRuns.interviewId, id));
  await db.insert(reviewAudit).values({
    companyId: options.companyId,
    interviewId: id,
    actorUserId: options.recruiterId,
    actorName: marks.name,
    action: "override_answer_score",
    subject: marks.auditSubject,
    before: { score: 60, source: "ai" },
    after: { score: 75, source: "human", note: marks.auditAfterNote },
    reason: marks.auditReason,
  });
  await db.insert(contests).values({
    companyId: options.companyId,
    interviewId: id,
    questionId: options.firstQuestionId,
    kind: "wrong_transcript",
    message: marks.contestMessage,
    status: "answered",
    dueAt: new Date("2026-10-01T00:00:00Z"),
    answer: marks.contestAnswer,
    answeredByUserId: options.recruiterId,
    answeredAt: new Date("2026-09-01T00:00:00Z"),
  });
  await db.insert(humanScorecardEntries).values({
    interviewId: id,
    competency: "system-design",
    criterionKey: "depth",
    points: 4,
    quote: marks.scorecardQuote,
    rubricVersion: "rv-human-1",
    userId: options.recruiterId,
  });
  await db.insert(selfIdentifications).values({
    companyId: options.companyId,
    positionId: options.positionId,
    interviewId: id,
    sex: "female",
    raceEthnicity: "asian",
  });
}

describe("the decision record an erase on request leaves", () => {
  it("keeps the decision, versions, counts and a trail without one name, mail, quote, note or id", async () => {
    const tenant = await createTenant();
    const db = await getDb();
    await db
      .update(companies)
      .set({ auditRetentionMonths: 6 })
      .where(eq(companies.id, tenant.company.id));
    const everything = await createInterviewWithEverything(tenant);
    const interviewId = everything.interview.id;
    const [first] = everything.questions;
    if (!first) throw new Error("The interview has no question.");
    await markEverything({
      interviewId,
      companyId: tenant.company.id,
      positionId: tenant.position.id,
      recruiterId: tenant.recruiter.id,
      firstQuestionId: first.id,
      decidedAt: new Date("2026-08-31T09:00:00Z"),
    });

    await eraseInterviewData({
      interviewId,
      companyId: tenant.company.id,
      requestedByUserId: tenant.recruiter.id,
      reason: "request",
    });

    const rows = await db
      .select()
      .from(decisionRecords)
      .where(eq(decisionRecords.companyId, tenant.company.id));
    expect(rows).toHaveLength(1);
    const [record] = rows;
    const stored = JSON.stringify(record);
    for (const [place, mark] of Object.entries(marks)) {
      expect(stored, `${place} leaked into the decision record`).not.toContain(mark);
    }
    expect(stored).not.toContain(interviewId);
    expect(stored).not.toContain(tenant.recruiter.name);
    expect(stored).not.toContain("female");
    expect(stored).not.toContain("asian");

    expect(record).toMatchObject({
      positionId: tenant.position.id,
      interviewIdHash: hashInterviewId(interviewId),
      decision: "advance",
      decidedAt: new Date("2026-08-31T09:00:00Z"),
      aiScoring: "enabled",
      rubricVersions: ["rv-human-1", "rv-review-test"],
      noticeHash: "notice-sha256-of-v3",
      // 31 August + 6 months: the last day of February.
      retainUntil: new Date("2027-02-28T09:00:00Z"),
    });
    expect(record?.counts).toEqual({
      answers: 2,
      evaluations: 3,
      overrides: 1,
      humanScores: 1,
      contests: 1,
      signals: 1,
      auditEvents: 2,
      jobRuns: 1,
      accommodation_more_time: 1,
      accommodation_other: 1,
    });
    expect(record?.trail).toEqual(
      expect.arrayContaining([
        {
          kind: "job_run",
          functionId: "evaluate-interview",
          status: "failed",
          attempts: 1,
          startedAt: expect.any(String),
          finishedAt: expect.any(String),
        },
        {
          kind: "review",
          action: "override_answer_score",
          at: expect.any(String),
          actorUserId: tenant.recruiter.id,
          before: { score: 60, source: "ai" },
          after: { score: 75, source: "human" },
        },
        {
          kind: "review",
          action: "set_decision",
          at: expect.any(String),
          actorUserId: tenant.recruiter.id,
          before: null,
          after: { decision: "advance" },
        },
      ]),
    );
    expect(record?.trail).toHaveLength(3);

    // The review rows went with the interview; the record is what remains of them.
    expect(
      await db.select().from(reviewAudit).where(eq(reviewAudit.interviewId, interviewId)),
    ).toEqual([]);
    // An auditor holding the id finds the record by the id's hash, whatever its case.
    const found = await listDecisionRecordsByInterviewIdHash({
      companyId: tenant.company.id,
      interviewIdHash: hashInterviewId(interviewId.toUpperCase()),
    });
    expect(found.map((row) => row.id)).toEqual([record?.id]);
  });

  it("is written once: a second erase finds nothing and adds no second record", async () => {
    const tenant = await createTenant();
    const everything = await createInterviewWithEverything(tenant);
    const erase = () =>
      eraseInterviewData({
        interviewId: everything.interview.id,
        companyId: tenant.company.id,
        requestedByUserId: tenant.recruiter.id,
        reason: "request",
      });
    await erase();
    await expect(erase()).rejects.toMatchObject({ kind: "not_found" });
    const db = await getDb();
    const rows = await db
      .select()
      .from(decisionRecords)
      .where(eq(decisionRecords.companyId, tenant.company.id));
    expect(rows).toHaveLength(1);
  });
});
