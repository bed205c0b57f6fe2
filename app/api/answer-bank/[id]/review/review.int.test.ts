import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { answerBank, reviewAudit } from "@/db/schema";
import { embedTextHashed } from "@/lib/ai/hashed-embedding";
import { searchBankedAnswers } from "@/lib/db/answer-bank-search";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { countRows } from "@/tests/support/count-rows";
import { createTenant } from "@/tests/support/factories";
import { createBankAnswer, createReportedInterview } from "@/tests/support/review-fixtures";
import { GET as listBank } from "../../route";
import { POST as reviewAnswer } from "./route";

const texts = {
  approved: "I put a cache in front of the catalogue and p99 latency fell to 380 ms.",
  pending: "I cached the catalogue reads and the latency dropped by a factor of six.",
  rejected: "Caching the catalogue cut our latency; I measured it before and after.",
};

async function tenantWithBank() {
  const tenant = await createTenant();
  const { interview, inviteToken, questions } = await createReportedInterview(tenant);
  const rows = await Promise.all(
    (["approved", "pending", "rejected"] as const).map((status, index) =>
      createBankAnswer({
        interviewId: interview.id,
        bankQuestionId: questions[index]?.bankQuestionId ?? "",
        text: texts[status],
        status,
      }),
    ),
  );
  const [approved, pending, rejected] = rows;
  if (!approved || !pending || !rejected) throw new Error("expected three bank answers");
  return { tenant, interview, inviteToken, approved, pending, rejected };
}

const review = (token: string | undefined, id: string, json: unknown) =>
  callRoute(reviewAnswer, { method: "POST", token, params: { id }, json });

async function listedTexts(token: string) {
  const result = await callRoute(listBank, { token, path: "/api/answer-bank" });
  const body = result.body as { questions: { answers: { text: string }[] }[] };
  return body.questions.flatMap((group) => group.answers.map((answer) => answer.text));
}

describe("the answer bank shows approved answers only", () => {
  it("lists and searches approved answers, never pending or rejected ones", async () => {
    const { tenant } = await tenantWithBank();
    expect(await listedTexts(tenant.token)).toEqual([texts.approved]);
    const found = await searchBankedAnswers({
      companyId: tenant.company.id,
      embedding: embedTextHashed("catalogue cache latency"),
      limit: 10,
    });
    expect(found.map((row) => row.text)).toEqual([texts.approved]);
  });
});

describe("POST /api/answer-bank/{id}/review", () => {
  it("approves a pending answer into the bank with one audit row", async () => {
    const { tenant, interview, pending } = await tenantWithBank();
    const result = await review(tenant.token, pending.id, { status: "approved" });
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ answer: { id: pending.id, status: "approved" } });
    expect(await listedTexts(tenant.token)).toContain(texts.pending);
    const db = await getDb();
    const [stored] = await db.select().from(answerBank).where(eq(answerBank.id, pending.id));
    expect(stored).toMatchObject({ status: "approved", reviewedByUserId: tenant.recruiter.id });
    const audit = await db
      .select()
      .from(reviewAudit)
      .where(eq(reviewAudit.answerBankId, pending.id));
    expect(audit).toEqual([
      expect.objectContaining({
        interviewId: interview.id,
        action: "approve_bank_answer",
        before: { status: "pending" },
        after: { status: "approved" },
      }),
    ]);
  });

  it("rejects an approved answer out of the bank, with the reason audited", async () => {
    const { tenant, approved } = await tenantWithBank();
    const result = await review(tenant.token, approved.id, {
      status: "rejected",
      reason: "It quotes a confidential figure.",
    });
    expect(result.status).toBe(200);
    expect(await listedTexts(tenant.token)).toEqual([]);
    const db = await getDb();
    const [row] = await db
      .select()
      .from(reviewAudit)
      .where(eq(reviewAudit.answerBankId, approved.id));
    expect(row).toMatchObject({
      action: "reject_bank_answer",
      reason: "It quotes a confidential figure.",
    });
  });

  it("answers 422 for a status it cannot set or an unknown key, writing nothing", async () => {
    const { tenant, pending } = await tenantWithBank();
    const before = await countRows(reviewAudit);
    for (const body of [{ status: "pending" }, { status: "approved", score: 100 }, {}]) {
      const result = await review(tenant.token, pending.id, body);
      expect(result.status).toBe(422);
      expect(errorCode(result)).toBe("unprocessable_entity");
    }
    expect(await countRows(reviewAudit)).toBe(before);
  });
});
