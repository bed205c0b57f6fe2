import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { reviewAudit, scoreOverrides } from "@/db/schema";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { countRows } from "@/tests/support/count-rows";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { createReportedInterview } from "@/tests/support/review-fixtures";
import { DELETE as clearOverride, PUT as putOverride } from "./route";

const put = (tenant: { token?: string }, interviewId: string, json: unknown) =>
  callRoute(putOverride, { method: "PUT", token: tenant.token, params: { id: interviewId }, json });

async function auditOf(interviewId: string) {
  const db = await getDb();
  return db.select().from(reviewAudit).where(eq(reviewAudit.interviewId, interviewId));
}

async function reported() {
  const tenant = await createTenant();
  return { tenant, ...(await createReportedInterview(tenant)) };
}

function answerOverride(
  questionId: string,
  score = 85,
  reason = "The answer named the trade-off.",
) {
  return { kind: "answer", target: questionId, score, reason };
}

describe("PUT /api/interviews/{id}/overrides", () => {
  it("overrides an answer score and writes one audit row with the AI score before", async () => {
    const { tenant, interview, questions } = await reported();
    const question = questions[1];
    const result = await put(tenant, interview.id, answerOverride(question?.id ?? ""));
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      override: { kind: "answer", target: question?.id, score: 85, aiScore: 70 },
    });
    const audit = await auditOf(interview.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      companyId: tenant.company.id,
      actorUserId: tenant.recruiter.id,
      action: "override_answer_score",
      subject: "Question 2",
      before: { score: 70, source: "ai" },
      after: { score: 85, source: "human" },
      reason: "The answer named the trade-off.",
    });
  });

  it("records the earlier human score as before, and no row when nothing changes", async () => {
    const { tenant, interview, questions } = await reported();
    const target = questions[0]?.id ?? "";
    await put(tenant, interview.id, answerOverride(target, 75));
    await put(tenant, interview.id, answerOverride(target, 90, "Second look: it was excellent."));
    const repeat = await put(
      tenant,
      interview.id,
      answerOverride(target, 90, "Second look: it was excellent."),
    );
    expect(repeat.status).toBe(200);
    const audit = await auditOf(interview.id);
    expect(audit).toHaveLength(2);
    const second = audit.find((row) => (row.after as { score: number }).score === 90);
    expect(second?.before).toEqual({ score: 75, source: "human" });
    expect(await countRowsFor(interview.id)).toBe(1);
  });

  it("overrides a competency score the report scored", async () => {
    const { tenant, interview, competencies } = await reported();
    const competency = competencies[0] ?? "";
    const result = await put(tenant, interview.id, {
      kind: "competency",
      target: competency,
      score: 40,
      reason: "Missed the basics in the follow-up call.",
    });
    expect(result.status).toBe(200);
    const [row] = await auditOf(interview.id);
    expect(row).toMatchObject({
      action: "override_competency_score",
      subject: `Competency ${competency}`,
      after: { score: 40, source: "human" },
    });
  });

  it("answers 409 conflict before the interview has a report, and writes nothing", async () => {
    const tenant = await createTenant();
    const { interview } = await createInvitedInterview(tenant);
    const before = [await countRows(scoreOverrides), await countRows(reviewAudit)];
    const result = await put(tenant, interview.id, {
      kind: "competency",
      target: "ownership",
      score: 50,
      reason: "Too early.",
    });
    expect(result.status).toBe(409);
    expect(errorCode(result)).toBe("conflict");
    expect([await countRows(scoreOverrides), await countRows(reviewAudit)]).toEqual(before);
  });

  it.each([
    ["a missing reason", { kind: "answer", score: 50 }],
    ["a blank reason", { kind: "answer", score: 50, reason: "   " }],
    ["a reason over 1000 characters", { kind: "answer", score: 50, reason: "x".repeat(1001) }],
    ["a score over 100", { kind: "answer", score: 101, reason: "Why not." }],
    ["a fractional score", { kind: "answer", score: 50.5, reason: "Why not." }],
    ["an unknown kind", { kind: "overall", score: 50, reason: "Why not." }],
    ["an unknown key", { kind: "answer", score: 50, reason: "Why not.", extra: true }],
  ])("answers 422 with the error envelope for %s, writing nothing", async (_name, body) => {
    const { tenant, interview, questions } = await reported();
    const before = [await countRows(scoreOverrides), await countRows(reviewAudit)];
    const result = await put(tenant, interview.id, { target: questions[0]?.id, ...body });
    expect(result.status).toBe(422);
    expect(errorCode(result)).toBe("unprocessable_entity");
    expect([await countRows(scoreOverrides), await countRows(reviewAudit)]).toEqual(before);
  });

  it("answers 422 for a question of another interview or a competency the report did not score", async () => {
    const { tenant, interview } = await reported();
    const other = await createReportedInterview(tenant);
    for (const body of [
      answerOverride(other.questions[0]?.id ?? ""),
      { kind: "competency", target: "juggling", score: 50, reason: "Not asked." },
    ]) {
      const result = await put(tenant, interview.id, body);
      expect(result.status).toBe(422);
      expect((result.body as { error: { message: string } }).error.message).toMatch(/^target: /);
    }
    expect(await auditOf(interview.id)).toHaveLength(0);
  });

  it("refuses a form-encoded body with 415, so no cross-site form can send it", async () => {
    const { tenant, interview, questions } = await reported();
    const result = await callRoute(putOverride, {
      method: "PUT",
      token: tenant.token,
      params: { id: interview.id },
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `kind=answer&target=${questions[0]?.id}&score=1&reason=csrf`,
    });
    expect(result.status).toBe(415);
    expect(await auditOf(interview.id)).toHaveLength(0);
  });
});

async function countRowsFor(interviewId: string) {
  const db = await getDb();
  const rows = await db
    .select()
    .from(scoreOverrides)
    .where(eq(scoreOverrides.interviewId, interviewId));
  return rows.length;
}

describe("DELETE /api/interviews/{id}/overrides", () => {
  it("clears an override with a reason: the audit records the human score before and the AI's after", async () => {
    const { tenant, interview, questions } = await reported();
    const target = questions[2]?.id ?? "";
    await put(tenant, interview.id, answerOverride(target, 95));
    const result = await callRoute(clearOverride, {
      method: "DELETE",
      token: tenant.token,
      params: { id: interview.id },
      json: { kind: "answer", target, reason: "Overridden by mistake." },
    });
    expect(result.status).toBe(200);
    expect(await countRowsFor(interview.id)).toBe(0);
    const cleared = (await auditOf(interview.id)).find((row) => row.action === "clear_override");
    expect(cleared).toMatchObject({
      subject: "Question 3",
      before: { score: 95, source: "human" },
      after: { score: 80, source: "ai" },
      reason: "Overridden by mistake.",
    });
  });

  it("answers 404 when there is no override to clear, and 422 without a reason", async () => {
    const { tenant, interview, questions } = await reported();
    const target = questions[0]?.id ?? "";
    const call = (json: unknown) =>
      callRoute(clearOverride, {
        method: "DELETE",
        token: tenant.token,
        params: { id: interview.id },
        json,
      });
    const missing = await call({ kind: "answer", target, reason: "Nothing there." });
    expect(missing.status).toBe(404);
    expect(errorCode(missing)).toBe("not_found");
    const noReason = await call({ kind: "answer", target });
    expect(noReason.status).toBe(422);
    expect(await auditOf(interview.id)).toHaveLength(0);
  });
});
