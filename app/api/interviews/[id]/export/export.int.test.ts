import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { contests, integritySignals } from "@/db/schema";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createInterviewWithEverything } from "@/tests/support/data-rights-fixtures";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { signInForCookie } from "@/tests/support/sign-in";
import { GET as exportInterview } from "./route";

// Recordings go to a folder of this file's own, not the app's data folder.
await vi.hoisted(async () => {
  const fs = await import("node:fs/promises");
  const os = await import("node:os");
  const path = await import("node:path");
  process.env.RECORDINGS_DIR = await fs.mkdtemp(path.join(os.tmpdir(), "export-recordings-"));
});

const get = (options: { token?: string; cookie?: string; id: string }) =>
  callRoute(exportInterview, {
    token: options.token,
    cookie: options.cookie,
    params: { id: options.id },
  });

type Export = {
  schemaVersion: number;
  interview: Record<string, unknown>;
  questions: { id: string; parentQuestionId: string | null }[];
  transcript: { id: string; text: string }[];
  evaluations: { questionId: string; score: number }[];
  report: { overallScore: number } | null;
  review: {
    overrides: { score: number }[];
    decision: { decision: string } | null;
    audit: { action: string }[];
  };
  integritySignals: { kind: string; count: number }[];
  recordings: { id: string; url: string | null; urlExpiresAt: string | null }[];
  answerBank: { id: string; text: string }[];
  jobRuns: Record<string, unknown>[];
  followUpDecisions: { mainQuestionId: string; ask: boolean | null; reason: string | null }[];
};

describe("GET /api/interviews/{id}/export", () => {
  it("holds every part of the interview, as an attachment no cache may keep", async () => {
    const tenant = await createTenant();
    const built = await createInterviewWithEverything(tenant);
    const { interview } = built;
    const result = await get({ token: tenant.token, id: interview.id });
    expect(result.status).toBe(200);
    expect(result.headers.get("content-disposition")).toBe(
      `attachment; filename="interview-${interview.id}.json"`,
    );
    expect(result.headers.get("cache-control")).toBe("no-store");
    const data = result.body as Export;
    expect(data.schemaVersion).toBe(1);
    expect(data.interview).toMatchObject({
      id: interview.id,
      candidateName: interview.candidateName,
      candidateEmail: interview.candidateEmail,
    });
    expect(data.interview).not.toHaveProperty("inviteTokenHash");
    expect(data.questions).toHaveLength(built.questions.length + 1);
    expect(data.questions.find((q) => q.id === built.followUp.id)?.parentQuestionId).toBe(
      built.questions[0]?.id,
    );
    expect(data.transcript.map((segment) => segment.id)).toEqual(["seg-1", "seg-2"]);
    expect(data.followUpDecisions).toEqual([
      expect.objectContaining({
        mainQuestionId: built.questions[0]?.id,
        ask: true,
        reason: "No measured result.",
      }),
    ]);
    expect(data.evaluations.map((row) => row.score).sort()).toEqual([60, 70, 80]);
    expect(data.report?.overallScore).toBe(70);
    expect(data.review.overrides.map((row) => row.score)).toEqual([75]);
    expect(data.review.decision?.decision).toBe("advance");
    expect(data.review.audit.map((row) => row.action)).toEqual(["set_decision"]);
    expect(data.integritySignals).toMatchObject([{ kind: "focus_lost", count: 2 }]);
    expect(data.answerBank).toMatchObject([
      { id: built.bankAnswer.id, text: built.bankAnswer.text },
    ]);
    expect(data.answerBank[0]).not.toHaveProperty("embedding");
    // Ids and outcomes only: the run's error text quotes the candidate's email.
    expect(data.jobRuns).toEqual([
      expect.objectContaining({ id: built.jobRunId, status: "failed" }),
    ]);
    expect(data.jobRuns[0]).not.toHaveProperty("error");

    const [recording] = data.recordings;
    expect(recording?.id).toBe(built.recording.id);
    const url = new URL(recording?.url ?? "");
    expect(url.origin).toBe("http://localhost:3000");
    expect(url.searchParams.get("key")).toBe(built.recording.storageKey);
    expect(url.searchParams.get("sig")).toBeTruthy();
    const expiresInMs = new Date(recording?.urlExpiresAt ?? 0).getTime() - Date.now();
    expect(expiresInMs).toBeGreaterThan(0);
    expect(expiresInMs).toBeLessThanOrEqual(300_000);
  });

  it("holds only the kind, the question and the score of a signal about another candidate's answer", async () => {
    const tenant = await createTenant();
    const { interview, questions } = await createInterviewWithEverything(tenant);
    const other = await createInvitedInterview(tenant);
    const theirWords = "OTHER CANDIDATE: I sharded the queue by tenant and cut p99 to 40 ms.";
    const db = await getDb();
    await db.insert(integritySignals).values([
      {
        interviewId: interview.id,
        questionId: questions[0]?.id,
        kind: "similar_to_candidate",
        count: 2,
        evidence: { interviewId: other.interview.id, similarity: 0.987, excerpt: theirWords },
      },
      {
        interviewId: interview.id,
        questionId: questions[1]?.id,
        kind: "similar_to_bank",
        evidence: { answerBankId: crypto.randomUUID(), similarity: 0.96, excerpt: theirWords },
      },
    ]);
    const result = await get({ token: tenant.token, id: interview.id });
    expect(result.status).toBe(200);
    const text = JSON.stringify(result.body);
    expect(text).not.toContain("OTHER CANDIDATE");
    expect(text).not.toContain(other.interview.id);
    const signals = (result.body as Export).integritySignals;
    expect(signals.filter((signal) => signal.kind.startsWith("similar_"))).toEqual([
      { kind: "similar_to_candidate", questionId: questions[0]?.id, similarity: 0.987 },
      { kind: "similar_to_bank", questionId: questions[1]?.id, similarity: 0.96 },
    ]);
    // The candidate's own signals stay whole.
    expect(signals).toContainEqual(expect.objectContaining({ kind: "focus_lost", totalMs: 4_000 }));
  });

  it("holds what the candidate contested and the answer, without the encrypted link or who answered", async () => {
    const tenant = await createTenant();
    const { interview, questions } = await createInterviewWithEverything(tenant);
    const db = await getDb();
    await db.insert(contests).values({
      companyId: tenant.company.id,
      interviewId: interview.id,
      questionId: questions[0]?.id,
      kind: "wrong_transcript",
      message: "I said eighty milliseconds, not eighteen.",
      dueAt: new Date("2027-01-06T00:00:00Z"),
      status: "answered",
      answer: "We corrected the transcript; the score stands.",
      answeredByUserId: tenant.recruiter.id,
      answeredAt: new Date("2026-12-08T00:00:00Z"),
      explanationLinkCiphertext: "SECRET-CIPHERTEXT",
    });
    const result = await get({ token: tenant.token, id: interview.id });
    expect(result.status).toBe(200);
    expect((result.body as { contests: unknown[] }).contests).toEqual([
      expect.objectContaining({
        kind: "wrong_transcript",
        questionId: questions[0]?.id,
        message: "I said eighty milliseconds, not eighteen.",
        answer: "We corrected the transcript; the score stands.",
        status: "answered",
      }),
    ]);
    const text = JSON.stringify(result.body);
    expect(text).not.toContain("SECRET-CIPHERTEXT");
    expect(text).not.toContain("answeredByUserId");
  });

  it("is a download a signed-in recruiter's browser gets with the session cookie", async () => {
    const tenant = await createTenant();
    const { interview } = await createInvitedInterview(tenant);
    const cookie = await signInForCookie(tenant.recruiter.email);
    const result = await get({ cookie, id: interview.id });
    expect(result.status).toBe(200);
    expect((result.body as Export).interview.id).toBe(interview.id);
  });

  it("answers 404 to another company's recruiter and gives the candidate their own copy", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const { interview, inviteToken } = await createInvitedInterview(tenant);
    const stranger = await get({ token: other.token, id: interview.id });
    expect(stranger.status).toBe(404);
    expect(errorCode(stranger)).toBe("not_found");
    expect(JSON.stringify(stranger.body)).not.toContain(interview.candidateEmail);
    const candidate = await get({ token: inviteToken, id: interview.id });
    expect(candidate.status).toBe(200);
    expect((candidate.body as Export).interview.id).toBe(interview.id);
  });
});
