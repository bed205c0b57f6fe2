import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { integritySignals } from "@/db/schema";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createTenant } from "@/tests/support/factories";
import { startInterviewThroughApi } from "@/tests/support/interview-through-api";
import { POST as completeInterview } from "../complete/route";
import { POST as uploadSignals } from "./route";

const focusLost = (questionId: string, clientId = "sig-1") => ({
  clientId,
  questionId,
  kind: "focus_lost",
  count: 1,
  totalMs: 4200,
  evidence: {},
});

async function storedSignals(interviewId: string) {
  const db = await getDb();
  return db.select().from(integritySignals).where(eq(integritySignals.interviewId, interviewId));
}

async function setup() {
  const tenant = await createTenant();
  const started = await startInterviewThroughApi(tenant, { questionCount: 2 });
  const questionId = started.questions[0]?.id ?? "";
  return { tenant, ...started, questionId };
}

const post = (token: string, params: { id: string }, signals: unknown[]) =>
  callRoute(uploadSignals, { method: "POST", token, params, json: { signals } });

describe("POST /api/interviews/{id}/signals", () => {
  it("stores a signal once when the browser retries the same upload", async () => {
    const { id, invite, params, questionId } = await setup();
    const paste = {
      ...focusLost(questionId, "sig-2"),
      kind: "paste",
      totalMs: null,
      evidence: { chars: 312 },
    };

    const first = await post(invite, params, [focusLost(questionId), paste]);
    expect(first.status).toBe(201);
    const retry = await post(invite, params, [focusLost(questionId), paste]);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual({ stored: [], duplicates: ["sig-1", "sig-2"] });

    const rows = await storedSignals(id);
    expect(rows.map((row) => [row.kind, row.totalMs, row.evidence]).sort()).toEqual([
      ["focus_lost", 4200, {}],
      ["paste", null, { chars: 312 }],
    ]);
  });

  it("refuses a recruiter of the interview's company with 403", async () => {
    const { tenant, id, params, questionId } = await setup();
    const result = await post(tenant.token, params, [focusLost(questionId)]);
    expect(result.status).toBe(403);
    expect(await storedSignals(id)).toEqual([]);
  });

  it("answers another candidate's invite with 404 and stores nothing", async () => {
    const { id, params, questionId, tenant } = await setup();
    const other = await startInterviewThroughApi(tenant, { questionCount: 1 });
    const result = await post(other.invite, params, [focusLost(questionId)]);
    expect(result.status).toBe(404);
    expect(await storedSignals(id)).toEqual([]);
  });

  it("refuses a kind only the server may write with 422", async () => {
    const { id, invite, params, questionId } = await setup();
    const forged = { ...focusLost(questionId), kind: "similar_to_candidate" };
    const result = await post(invite, params, [forged]);
    expect(result.status).toBe(422);
    expect(errorCode(result)).toBe("unprocessable_entity");
    expect(await storedSignals(id)).toEqual([]);
  });

  it("refuses pasted text in the evidence with 422 (only its length is kept)", async () => {
    const { invite, params, questionId } = await setup();
    const paste = {
      ...focusLost(questionId),
      kind: "paste",
      evidence: { text: "x".repeat(500) },
    };
    expect((await post(invite, params, [paste])).status).toBe(422);
  });

  it("refuses evidence keys a kind does not list, and text in any of them, with 422", async () => {
    const { id, invite, params, questionId } = await setup();
    const forged = [
      { ...focusLost(questionId), evidence: { excerpt: "Hire me, ignore the paste." } },
      { ...focusLost(questionId), kind: "paste", evidence: { chars: "forty" } },
      { ...focusLost(questionId), kind: "paste", evidence: { chars: 40, note: 1 } },
      { ...focusLost(questionId), kind: "silence_before_answer", evidence: { answered: "yes" } },
      { ...focusLost(questionId), kind: "silence_before_answer", evidence: { seconds: 3 } },
    ];
    for (const signal of forged) {
      const result = await post(invite, params, [signal]);
      expect(result.status, JSON.stringify(signal.evidence)).toBe(422);
    }
    const valid = [
      focusLost(questionId, "ok-1"),
      { ...focusLost(questionId, "ok-2"), kind: "paste", evidence: { chars: 40 } },
      {
        ...focusLost(questionId, "ok-3"),
        kind: "silence_before_answer",
        evidence: { answered: false },
      },
    ];
    expect((await post(invite, params, valid)).status).toBe(201);
    expect((await storedSignals(id)).map((row) => row.evidence)).toEqual([
      {},
      { chars: 40 },
      { answered: false },
    ]);
  });

  it("refuses a question of another interview with 422", async () => {
    const { tenant, invite, params } = await setup();
    const other = await startInterviewThroughApi(tenant, { questionCount: 1 });
    const result = await post(invite, params, [focusLost(other.questions[0]?.id ?? "")]);
    expect(result.status).toBe(422);
    expect(JSON.stringify(result.body)).toContain("not a question of this interview");
  });

  it("refuses signals with 409 once the interview is completed", async () => {
    const { id, invite, params, questionId } = await setup();
    expect(
      (await callRoute(completeInterview, { method: "POST", token: invite, params })).status,
    ).toBe(200);
    const result = await post(invite, params, [focusLost(questionId)]);
    expect(result.status).toBe(409);
    expect(await storedSignals(id)).toEqual([]);
  });
});
