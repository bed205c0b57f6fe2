import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { POST as completeInterview } from "@/app/api/interviews/[id]/complete/route";
import { POST as postTranscripts } from "@/app/api/interviews/[id]/transcripts/route";
import { getDb } from "@/db/client";
import { answerBank, reviewAudit } from "@/db/schema";
import { callRoute, errorCode } from "@/tests/support/call-route";
import {
  addTeammate,
  assignToPosition,
  createTenant,
  type Tenant,
} from "@/tests/support/factories";
import { startInterviewThroughApi } from "@/tests/support/interview-through-api";
import { POST as nominate } from "./route";

vi.hoisted(() => {
  // Low enough that the answer clears the bar: an offline score must still bank nothing.
  process.env.EXCELLENT_ANSWER_SCORE = "1";
});

const question =
  "Tell me about a time you made a slow service fast. How did you find the cause, and what was the result for latency?";
const answer =
  "First, I profiled the checkout service with Datadog because p99 latency had reached 2.4 seconds. Then I found that every request loaded the full catalogue from Postgres, so I added a Redis cache with a 10 minute TTL. As a result, p99 latency fell to 380 ms during the Black Friday peak.";

/** An interview answered and completed, so the offline scorer has evaluated it. */
async function evaluatedInterview(tenant: Tenant) {
  const { id, invite, params, questions } = await startInterviewThroughApi(tenant, {
    questionCount: 1,
    rewordAs: [question],
  });
  const questionId = questions[0]?.id ?? "";
  const segments = [
    { id: "s0", questionId, speaker: "candidate", text: answer, startMs: 0, endMs: 30_000 },
  ];
  expect(
    (await callRoute(postTranscripts, { token: invite, params, json: { segments } })).status,
  ).toBe(201);
  expect(
    (await callRoute(completeInterview, { method: "POST", token: invite, params })).status,
  ).toBe(200);
  return { id, questionId };
}

const post = (token: string, ids: { id: string; questionId: string }, json: unknown = {}) =>
  callRoute(nominate, { method: "POST", token, params: ids, json });

async function bankedFrom(interviewId: string) {
  const db = await getDb();
  return db.select().from(answerBank).where(eq(answerBank.sourceInterviewId, interviewId));
}

describe("POST /api/interviews/{id}/answers/{questionId}/nominate", () => {
  it("banks an offline-scored answer a recruiter nominates, approved by them with an audit row, once", async () => {
    const tenant = await createTenant();
    const ids = await evaluatedInterview(tenant);
    // The offline score alone banked nothing, not even as pending.
    expect(await bankedFrom(ids.id)).toEqual([]);

    const recruiter = await addTeammate(tenant, "recruiter");
    const first = await post(recruiter.token, ids, { reason: "A clear, measured example." });
    expect(first.status).toBe(201);
    const banked = await bankedFrom(ids.id);
    expect(banked).toHaveLength(1);
    expect(banked[0]).toMatchObject({
      status: "approved",
      text: answer,
      sourceSegmentIds: ["s0"],
      reviewedByUserId: recruiter.user.id,
    });
    expect(first.body).toEqual({ answer: { id: banked[0]?.id, status: "approved" } });
    const db = await getDb();
    const audit = await db
      .select()
      .from(reviewAudit)
      .where(
        and(eq(reviewAudit.interviewId, ids.id), eq(reviewAudit.action, "approve_bank_answer")),
      );
    expect(audit).toMatchObject([
      {
        actorUserId: recruiter.user.id,
        answerBankId: banked[0]?.id,
        reason: "A clear, measured example.",
        after: { status: "approved", nominated: true },
      },
    ]);

    // Nominated again: the same answer, nothing added.
    const again = await post(tenant.token, ids);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await bankedFrom(ids.id)).toHaveLength(1);
  });

  it("refuses an evaluator (no position:write) and a question that is not the interview's", async () => {
    const tenant = await createTenant();
    const ids = await evaluatedInterview(tenant);
    const evaluator = await addTeammate(tenant, "evaluator");
    await assignToPosition(tenant, { userId: evaluator.user.id });
    const refused = await post(evaluator.token, ids);
    expect(refused.status).toBe(403);
    const unknown = await post(tenant.token, { id: ids.id, questionId: crypto.randomUUID() });
    expect(unknown.status).toBe(404);
    expect(errorCode(unknown)).toBe("not_found");
    const badBody = await post(tenant.token, ids, { reason: 42 });
    expect(badBody.status).toBe(422);
    expect(await bankedFrom(ids.id)).toEqual([]);
  });

  it("answers 409 before the interview is evaluated, and 404 for another workspace's interview", async () => {
    const tenant = await createTenant();
    const { id, questions } = await startInterviewThroughApi(tenant, { questionCount: 1 });
    const early = await post(tenant.token, { id, questionId: questions[0]?.id ?? "" });
    expect(early.status).toBe(409);
    const ids = await evaluatedInterview(tenant);
    const stranger = await createTenant();
    expect((await post(stranger.token, ids)).status).toBe(404);
    expect(await bankedFrom(ids.id)).toEqual([]);
  });
});
