// An interview holding one of everything a data export must contain and an erase must remove.
import { getDb } from "@/db/client";
import {
  followUpDecisions,
  hiringDecisions,
  integritySignals,
  interviewQuestions,
  recordings,
  reviewAudit,
  scoreOverrides,
  transcriptSegments,
} from "@/db/schema";
import { finishJobRun, startJobRun } from "@/lib/db/job-runs";
import { getRecordingStorage } from "@/lib/storage/get-recording-storage";
import { browserRecordingKey } from "@/lib/storage/recording-keys";
import type { Tenant } from "./factories";
import { createBankAnswer, createReportedInterview } from "./review-fixtures";

export const recordingBytes = Buffer.from("fake-opus-bytes-of-one-answer");

export async function createInterviewWithEverything(tenant: Tenant) {
  const reported = await createReportedInterview(tenant);
  const { interview, questions } = reported;
  const [first] = questions;
  if (!first) throw new Error("The interview has no question.");
  const db = await getDb();
  const [followUp] = await db
    .insert(interviewQuestions)
    .values({
      interviewId: interview.id,
      parentQuestionId: first.id,
      order: first.order,
      followUpNumber: 1,
      followUpReason: "No measured result.",
      content: "What did the latency fall to?",
      category: first.category,
      competency: first.competency,
    })
    .returning();
  if (!followUp) throw new Error("Inserting the follow-up returned no row.");
  await db.insert(followUpDecisions).values({
    interviewId: interview.id,
    mainQuestionId: first.id,
    followUpNumber: 1,
    status: "decided",
    ask: true,
    reason: "No measured result.",
    decidedBy: "offline",
    followUpQuestionId: followUp.id,
    decidedAt: new Date(),
  });
  const answer = `Casey here: I cut p99 from 900 ms to 40 ms (${interview.id.slice(0, 8)}).`;
  await db.insert(transcriptSegments).values([
    {
      interviewId: interview.id,
      id: "seg-1",
      questionId: first.id,
      speaker: "candidate",
      text: answer,
      startMs: 1_000,
      endMs: 6_000,
    },
    {
      interviewId: interview.id,
      id: "seg-2",
      questionId: followUp.id,
      speaker: "candidate",
      text: "It fell to 40 ms.",
      startMs: 9_000,
      endMs: 11_000,
    },
  ]);
  const bankAnswer = await createBankAnswer({
    interviewId: interview.id,
    bankQuestionId: first.bankQuestionId ?? "",
    text: answer,
    status: "pending",
  });
  await db.insert(integritySignals).values({
    interviewId: interview.id,
    questionId: first.id,
    clientId: "focus-1",
    kind: "focus_lost",
    count: 2,
    totalMs: 4_000,
  });
  const recordingId = crypto.randomUUID();
  const storageKey = browserRecordingKey({ interviewId: interview.id, recordingId });
  await getRecordingStorage().put(storageKey, recordingBytes, "audio/webm");
  const [recording] = await db
    .insert(recordings)
    .values({
      id: recordingId,
      interviewId: interview.id,
      questionId: first.id,
      source: "browser",
      status: "ready",
      storageKey,
      contentType: "audio/webm",
      byteLength: recordingBytes.length,
      durationMs: 5_000,
      clockOffsetMs: 1_000,
      completedAt: new Date(),
    })
    .returning();
  if (!recording) throw new Error("Inserting the recording returned no row.");
  await db.insert(scoreOverrides).values({
    interviewId: interview.id,
    kind: "answer",
    target: first.id,
    score: 75,
    reason: "Listened to the recording.",
    userId: tenant.recruiter.id,
  });
  await db.insert(hiringDecisions).values({
    interviewId: interview.id,
    decision: "advance",
    note: "Strong.",
    userId: tenant.recruiter.id,
  });
  await db.insert(reviewAudit).values({
    companyId: tenant.company.id,
    interviewId: interview.id,
    actorUserId: tenant.recruiter.id,
    action: "set_decision",
    subject: "the decision",
    after: { decision: "advance" },
  });
  // A failed run whose error quotes the candidate: the PII a job record can hold.
  const jobRunId = await startJobRun({
    functionId: "evaluate-interview",
    eventName: "interview/completed",
    engine: "in-process",
    interviewId: interview.id,
  });
  await finishJobRun({
    id: jobRunId,
    status: "failed",
    attempts: 1,
    error: `Scoring failed for ${interview.candidateEmail}`,
  });
  return { ...reported, followUp, bankAnswer, recording, jobRunId };
}
