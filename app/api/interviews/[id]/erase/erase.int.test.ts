import fs from "node:fs/promises";
import path from "node:path";
import { and, eq, gte } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { getDb } from "@/db/client";
import {
  dataDeletions,
  decisionRecords,
  integritySignals,
  jobRuns,
  speechClips,
} from "@/db/schema";
import { hashToken } from "@/lib/auth/tokens";
import {
  findInterviewByInviteTokenCached,
  getInterviewCached,
  getReportCached,
  listInterviewQuestionsCached,
} from "@/lib/cache/cached-reads";
import { getCache } from "@/lib/cache/get-cache";
import { cacheKeys } from "@/lib/cache/keys";
import { hashInterviewId } from "@/lib/compliance/decision-records/interview-id-hash";
import { getRecordingStorage } from "@/lib/storage/get-recording-storage";
import { interviewRecordingsPrefix } from "@/lib/storage/recording-keys";
import { hashSpeechClip } from "@/lib/tts/speech-clip-hash";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createInterviewWithEverything } from "@/tests/support/data-rights-fixtures";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { countRowsMentioning, fingerprintRowsNotMentioning } from "@/tests/support/rows-mentioning";
import { signInForCookie } from "@/tests/support/sign-in";
import { POST as eraseInterview } from "./route";

const recordingsDir = await vi.hoisted(async () => {
  const fsp = await import("node:fs/promises");
  const os = await import("node:os");
  const nodePath = await import("node:path");
  const dir = await fsp.mkdtemp(nodePath.join(os.tmpdir(), "erase-recordings-"));
  process.env.RECORDINGS_DIR = dir;
  return dir;
});

const erase = (options: { id: string; token?: string; cookie?: string; json?: unknown }) =>
  callRoute(eraseInterview, {
    method: "POST",
    token: options.token,
    cookie: options.cookie,
    params: { id: options.id },
    json: options.json,
  });

const sentinel = "not-in-cache";
/** What the cache holds under a key: the sentinel when nothing (the loader ran). */
const cached = (key: string) =>
  getCache().readThrough({
    kind: "interview",
    key,
    schema: z.unknown(),
    load: async () => sentinel,
  });

async function deletionsOf(interviewId: string) {
  const db = await getDb();
  return db.select().from(dataDeletions).where(eq(dataDeletions.interviewId, interviewId));
}

describe("POST /api/interviews/{id}/erase", () => {
  it("removes the interview everywhere, keeps one audit row without PII, and touches nothing else", async () => {
    const tenant = await createTenant();
    const built = await createInterviewWithEverything(tenant);
    const kept = await createInterviewWithEverything(tenant);
    const { interview, inviteToken } = built;
    const inviteHash = hashToken(inviteToken);
    // Warm every cache entry of the interview.
    await getInterviewCached(interview.id);
    await listInterviewQuestionsCached(interview.id);
    await getReportCached(interview.id);
    await findInterviewByInviteTokenCached(inviteHash);
    const keys = [
      cacheKeys.interview(interview.id),
      cacheKeys.interviewQuestions(interview.id),
      cacheKeys.report(interview.id),
      cacheKeys.interviewIdByInvite(inviteHash),
    ];
    for (const key of keys) expect(await cached(key)).not.toBe(sentinel);
    const othersBefore = await fingerprintRowsNotMentioning(interview.id);
    // The other candidate's answers were flagged as close to this one's and to its banked answer:
    // those signals quote this candidate, so they go with the erase
    // (added after the fingerprint of the rest: the rest is as before only if they are gone).
    const db = await getDb();
    const quoting = [
      { interviewId: built.interview.id, excerpt: "their words" },
      { answerBankId: built.bankAnswer.id, excerpt: built.bankAnswer.text },
    ];
    await db.insert(integritySignals).values(
      quoting.map((evidence, index) => ({
        interviewId: kept.interview.id,
        kind: index === 0 ? ("similar_to_candidate" as const) : ("similar_to_bank" as const),
        evidence,
      })),
    );

    const erasedAt = new Date();
    const result = await erase({
      id: interview.id,
      token: tenant.token,
      json: { confirm: interview.candidateEmail.toUpperCase() },
    });
    expect(result.status).toBe(200);
    // The erase announces candidate.erased (ids only): its subscribers' runs are its only new rows,
    // filed under no interview. Taken out here so the rest can be compared with before.
    const announced = await db
      .delete(jobRuns)
      .where(and(eq(jobRuns.eventName, "workspace/activity"), gte(jobRuns.startedAt, erasedAt)))
      .returning({ functionId: jobRuns.functionId, interviewId: jobRuns.interviewId });
    expect(announced.sort((a, b) => a.functionId.localeCompare(b.functionId))).toEqual([
      { functionId: "fan-out-webhooks", interviewId: null },
      { functionId: "notify-members", interviewId: null },
    ]);
    // Its de-identified decision record is new too, found only by the hash of the id.
    const records = await db
      .delete(decisionRecords)
      .where(eq(decisionRecords.interviewIdHash, hashInterviewId(interview.id)))
      .returning({ decision: decisionRecords.decision });
    expect(records).toEqual([{ decision: "advance" }]);

    // Rows: the id is left only in the audit row; the email, name and question ids nowhere.
    expect(await countRowsMentioning(interview.id)).toEqual({ data_deletions: 1 });
    expect(await countRowsMentioning(interview.candidateEmail)).toEqual({});
    expect(await countRowsMentioning(built.bankAnswer.text)).toEqual({});
    for (const question of [...built.questions, built.followUp]) {
      expect(await countRowsMentioning(question.id)).toEqual({});
    }
    // Files and cache.
    const prefix = interviewRecordingsPrefix(interview.id);
    expect(await getRecordingStorage().list(prefix)).toEqual([]);
    await expect(fs.stat(path.join(recordingsDir, prefix))).rejects.toThrow();
    for (const key of keys) expect(await cached(key)).toBe(sentinel);

    const [deletion, ...more] = await deletionsOf(interview.id);
    expect(more).toEqual([]);
    expect(deletion).toMatchObject({
      companyId: tenant.company.id,
      requestedByUserId: tenant.recruiter.id,
      reason: "request",
      removed: {
        interviews: 1,
        interviewQuestions: 4,
        transcriptSegments: 2,
        evaluations: 3,
        reports: 1,
        scoreOverrides: 1,
        hiringDecisions: 1,
        reviewAudit: 1,
        integritySignals: 1,
        recordings: 1,
        recordingFiles: 1,
        answerBank: 1,
        jobRuns: 1,
        signalsQuotingIt: 2,
      },
    });
    const auditText = JSON.stringify(deletion);
    expect(auditText).not.toContain(interview.candidateEmail);
    expect(auditText).not.toContain(interview.candidateName);

    // Everything else as it was: the other interview, its file and its cache entry too.
    expect(await fingerprintRowsNotMentioning(interview.id)).toEqual(othersBefore);
    expect(await getRecordingStorage().list(interviewRecordingsPrefix(kept.interview.id))).toEqual([
      kept.recording.storageKey,
    ]);
    expect(await countRowsMentioning(kept.interview.candidateEmail)).toEqual({
      interviews: 1,
      job_runs: 1,
    });
  });

  it("removes the spoken clips of its follow-up questions (they may quote the candidate) in every voice, not the main questions'", async () => {
    const tenant = await createTenant();
    const built = await createInterviewWithEverything(tenant);
    const [main] = built.questions;
    if (!main) throw new Error("expected a question");
    const clip = (voice: string, text: string) => ({
      hash: hashSpeechClip({ voice, text }),
      voice,
      contentType: "audio/mpeg",
      audio: Buffer.from([1, 2, 3]),
      byteLength: 3,
    });
    const quoting = [
      clip("aura-2-thalia-en", built.followUp.content),
      clip("aura-2-luna-en", built.followUp.content),
    ];
    const bankQuestion = clip("aura-2-thalia-en", main.content);
    const db = await getDb();
    await db.insert(speechClips).values([...quoting, bankQuestion]);

    const result = await erase({
      id: built.interview.id,
      token: tenant.token,
      json: { confirm: built.interview.id },
    });
    expect(result.status).toBe(200);
    const left = await db.select({ hash: speechClips.hash }).from(speechClips);
    const leftHashes = left.map((row) => row.hash);
    for (const gone of quoting) expect(leftHashes).not.toContain(gone.hash);
    expect(leftHashes).toContain(bankQuestion.hash);
    const [deletion] = await deletionsOf(built.interview.id);
    expect(deletion?.removed).toMatchObject({ speechClips: 2 });
  });

  it("answers 404 to a second erase and leaves no second audit row", async () => {
    const tenant = await createTenant();
    const { interview } = await createInvitedInterview(tenant);
    const json = { confirm: interview.id };
    expect((await erase({ id: interview.id, token: tenant.token, json })).status).toBe(200);
    const again = await erase({ id: interview.id, token: tenant.token, json });
    expect(again.status).toBe(404);
    expect(errorCode(again)).toBe("not_found");
    expect(await deletionsOf(interview.id)).toHaveLength(1);
  });

  it("erases from the recruiter's own page with the session cookie", async () => {
    const tenant = await createTenant();
    const { interview } = await createInvitedInterview(tenant);
    const cookie = await signInForCookie(tenant.recruiter.email);
    const result = await erase({
      id: interview.id,
      cookie,
      json: { confirm: interview.candidateEmail },
    });
    expect(result.status).toBe(200);
    expect(await getInterviewCached(interview.id)).toBeNull();
  });

  it.each([
    ["another company's recruiter", "other", "email", 404],
    ["the candidate's invite token", "candidate", "email", 403],
    ["no confirmation", "recruiter", "none", 422],
    ["a confirmation that names someone else", "recruiter", "someone else", 422],
  ] as const)("refuses %s and erases nothing", async (_name, caller, confirmation, status) => {
    const tenant = await createTenant();
    const other = await createTenant();
    const { interview, inviteToken } = await createInvitedInterview(tenant);
    const token = { other: other.token, candidate: inviteToken, recruiter: tenant.token }[caller];
    const json = {
      email: { confirm: interview.candidateEmail },
      none: {},
      "someone else": { confirm: "someone.else@example.com" },
    }[confirmation];
    const before = await fingerprintRowsNotMentioning(crypto.randomUUID());
    const result = await erase({ id: interview.id, token, json });
    expect(result.status).toBe(status);
    expect(errorCode(result)).toBeDefined();
    expect(await fingerprintRowsNotMentioning(crypto.randomUUID())).toEqual(before);
  });

  it("refuses a cross-site request carrying the session cookie (403)", async () => {
    const tenant = await createTenant();
    const { interview } = await createInvitedInterview(tenant);
    const cookie = await signInForCookie(tenant.recruiter.email);
    const result = await callRoute(eraseInterview, {
      method: "POST",
      cookie,
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      params: { id: interview.id },
      json: { confirm: interview.candidateEmail },
    });
    expect(result.status).toBe(403);
    expect(errorCode(result)).toBe("forbidden");
    expect(await getInterviewCached(interview.id)).not.toBeNull();
    expect(await deletionsOf(interview.id)).toEqual([]);
  });
});
