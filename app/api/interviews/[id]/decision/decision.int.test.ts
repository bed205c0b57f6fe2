import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { hiringDecisions, reviewAudit } from "@/db/schema";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { countRows } from "@/tests/support/count-rows";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { createReportedInterview } from "@/tests/support/review-fixtures";
import { PUT as putDecision } from "./route";

const put = (token: string | undefined, interviewId: string, json: unknown) =>
  callRoute(putDecision, { method: "PUT", token, params: { id: interviewId }, json });

async function auditOf(interviewId: string) {
  const db = await getDb();
  return db.select().from(reviewAudit).where(eq(reviewAudit.interviewId, interviewId));
}

describe("PUT /api/interviews/{id}/decision", () => {
  it("records a decision, then a change of mind, each as one audit row with before and after", async () => {
    const tenant = await createTenant();
    const { interview } = await createReportedInterview(tenant);
    const first = await put(tenant.token, interview.id, {
      decision: "hold",
      note: "Wait for the panel.",
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      decision: { interviewId: interview.id, decision: "hold", note: "Wait for the panel." },
    });
    await put(tenant.token, interview.id, { decision: "advance", note: "Panel agreed." });
    // The same decision and note again changes nothing.
    await put(tenant.token, interview.id, { decision: "advance", note: "Panel agreed." });
    const audit = await auditOf(interview.id);
    expect(audit).toHaveLength(2);
    expect(audit.find((row) => row.before === null)).toMatchObject({
      action: "set_decision",
      actorUserId: tenant.recruiter.id,
      after: { decision: "hold", note: "Wait for the panel." },
    });
    expect(audit.find((row) => row.before !== null)).toMatchObject({
      before: { decision: "hold", note: "Wait for the panel." },
      after: { decision: "advance", note: "Panel agreed." },
      reason: "Panel agreed.",
    });
  });

  it("answers 409 conflict before the interview has a report, and writes nothing", async () => {
    const tenant = await createTenant();
    const { interview } = await createInvitedInterview(tenant);
    const before = [await countRows(hiringDecisions), await countRows(reviewAudit)];
    const result = await put(tenant.token, interview.id, { decision: "reject", note: "" });
    expect(result.status).toBe(409);
    expect(errorCode(result)).toBe("conflict");
    expect([await countRows(hiringDecisions), await countRows(reviewAudit)]).toEqual(before);
  });

  it.each([
    ["an unknown decision", { decision: "hire" }],
    ["a note over 2000 characters", { decision: "hold", note: "x".repeat(2001) }],
    ["an unknown key", { decision: "hold", score: 90 }],
  ])("answers 422 with the error envelope for %s, writing nothing", async (_name, body) => {
    const tenant = await createTenant();
    const { interview } = await createReportedInterview(tenant);
    const before = [await countRows(hiringDecisions), await countRows(reviewAudit)];
    const result = await put(tenant.token, interview.id, body);
    expect(result.status).toBe(422);
    expect(errorCode(result)).toBe("unprocessable_entity");
    expect([await countRows(hiringDecisions), await countRows(reviewAudit)]).toEqual(before);
  });
});
