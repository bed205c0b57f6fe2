import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { callRoute } from "@/tests/support/call-route";
import { createTenant } from "@/tests/support/factories";
import { createBankAnswer, createReportedInterview } from "@/tests/support/review-fixtures";
import { signInForCookie } from "@/tests/support/sign-in";
import { PUT as putDecision } from "../decision/route";
import { PUT as putOverride } from "../overrides/route";
import { GET as getReview } from "./route";

type ReviewBody = {
  overrides: { kind: string; target: string; score: number; reason: string }[];
  decision: { decision: string; note: string } | null;
  audit: {
    action: string;
    before: unknown;
    after: unknown;
    reason: string;
    actor: { name: string };
  }[];
  bankAnswers: { id: string; status: string; interviewQuestionId: string }[];
};

describe("GET /api/interviews/{id}/review", () => {
  it("returns the overrides, the decision, the bank answers and the audit trail with actor names", async () => {
    const tenant = await createTenant();
    const { interview, questions } = await createReportedInterview(tenant);
    const params = { id: interview.id };
    const question = questions[0];
    await callRoute(putOverride, {
      method: "PUT",
      token: tenant.token,
      params,
      json: { kind: "answer", target: question?.id, score: 88, reason: "Strong follow-up." },
    });
    await callRoute(putDecision, {
      method: "PUT",
      token: tenant.token,
      params,
      json: { decision: "advance", note: "On to the panel." },
    });
    const banked = await createBankAnswer({
      interviewId: interview.id,
      bankQuestionId: question?.bankQuestionId ?? "",
      text: "A pending answer.",
      status: "pending",
    });

    const result = await callRoute(getReview, { token: tenant.token, params });
    expect(result.status).toBe(200);
    const body = result.body as ReviewBody;
    expect(body.overrides).toMatchObject([
      { kind: "answer", target: question?.id, score: 88, reason: "Strong follow-up." },
    ]);
    expect(body.decision).toMatchObject({ decision: "advance", note: "On to the panel." });
    expect(body.bankAnswers).toEqual([
      expect.objectContaining({
        id: banked.id,
        status: "pending",
        interviewQuestionId: question?.id,
      }),
    ]);
    expect(body.audit.map((row) => row.action)).toEqual(["set_decision", "override_answer_score"]);
    expect(body.audit[1]).toMatchObject({
      actor: { name: tenant.recruiter.name },
      before: { score: 60, source: "ai" },
      after: { score: 88, source: "human" },
      reason: "Strong follow-up.",
    });
  });

  it("keeps the name an actor had when they acted, and a recruiter cannot rename themselves", async () => {
    const tenant = await createTenant();
    const { interview } = await createReportedInterview(tenant);
    const params = { id: interview.id };
    await callRoute(putDecision, {
      method: "PUT",
      token: tenant.token,
      params,
      json: { decision: "hold", note: "" },
    });
    const cookie = await signInForCookie(tenant.recruiter.email);
    const rename = await callRoute(authPost, {
      path: "/api/auth/update-user",
      cookie,
      headers: { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" },
      json: { name: "Somebody Else" },
    });
    expect(rename.status).toBe(404);
    const db = await getDb();
    const [stored] = await db.select().from(users).where(eq(users.id, tenant.recruiter.id));
    expect(stored?.name).toBe(tenant.recruiter.name);

    // A name changed by an operator afterwards (in the database) leaves the history as it was.
    await db.update(users).set({ name: "Renamed Later" }).where(eq(users.id, tenant.recruiter.id));
    const result = await callRoute(getReview, { token: tenant.token, params });
    expect((result.body as ReviewBody).audit).toMatchObject([
      { action: "set_decision", actor: { name: tenant.recruiter.name } },
    ]);
  });
});
