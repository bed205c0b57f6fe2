import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { interviews } from "@/db/schema";
import { invalidateInterviewCache } from "@/lib/cache/invalidate";
import { createInterview } from "@/lib/db/interviews";
import { getInviteLanding } from "@/lib/interviews/get-invite-landing";
import { callRoute } from "@/tests/support/call-route";
import { createTenant } from "@/tests/support/factories";
import { POST as completeInterview } from "./complete/route";
import { GET as getInterview } from "./route";
import { POST as startInterview } from "./start/route";

const email = "sentinel-candidate@example.com";
const resume = "SENTINEL RÉSUMÉ: ten years of Postgres at Example Corp.";

async function interviewWithResume() {
  const tenant = await createTenant();
  const { interview, inviteToken } = await createInterview({
    companyId: tenant.company.id,
    createdByUserId: tenant.recruiter.id,
    positionId: tenant.position.id,
    candidateEmail: email,
    candidateName: "Casey Candidate",
    resumeText: resume,
    questionCount: 3,
    inviteTtlDays: 7,
  });
  return { tenant, params: { id: interview.id }, inviteToken };
}

describe("what the candidate's own calls return", () => {
  it("GET /api/interviews/{id} gives the candidate neither their résumé nor their email", async () => {
    const { params, inviteToken } = await interviewWithResume();
    const result = await callRoute(getInterview, { token: inviteToken, params });
    expect(result.status).toBe(200);
    expect(result.body).not.toHaveProperty("resumeText");
    expect(result.body).not.toHaveProperty("candidateEmail");
    expect(JSON.stringify(result.body)).not.toContain("SENTINEL");
    expect(JSON.stringify(result.body)).not.toContain(email);
    expect(result.body).toMatchObject({ status: "invited", candidateName: "Casey Candidate" });
  });

  it("start and complete answer the candidate without the résumé or email either", async () => {
    const { params, inviteToken } = await interviewWithResume();
    const started = await callRoute(startInterview, { method: "POST", token: inviteToken, params });
    const completed = await callRoute(completeInterview, {
      method: "POST",
      token: inviteToken,
      params,
    });
    for (const result of [started, completed]) {
      expect(result.status).toBe(200);
      expect(JSON.stringify(result.body)).not.toContain("SENTINEL");
      expect(JSON.stringify(result.body)).not.toContain(email);
    }
  });

  it("GET /api/interviews/{id} still gives the recruiter the résumé and email", async () => {
    const { tenant, params } = await interviewWithResume();
    const result = await callRoute(getInterview, { token: tenant.token, params });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ resumeText: resume, candidateEmail: email });
  });

  it("tells the candidate of a failed evaluation without the internal reason, which the recruiter still gets", async () => {
    const { tenant, params, inviteToken } = await interviewWithResume();
    const reason =
      'Evaluation failed: ZodError [{"code":"invalid_type","path":["scores",0],"message":"SENTINEL"}]';
    const db = await getDb();
    await db
      .update(interviews)
      .set({ status: "failed", failureReason: reason })
      .where(eq(interviews.id, params.id));
    await invalidateInterviewCache(params.id);

    const candidate = await callRoute(getInterview, { token: inviteToken, params });
    expect(candidate.status).toBe(200);
    expect(candidate.body).toMatchObject({ status: "failed", failureReason: null });
    const landing = await getInviteLanding({ inviteToken });
    expect(landing).toMatchObject({ state: "ready", view: { status: "failed" } });
    for (const seen of [candidate.body, landing]) {
      expect(JSON.stringify(seen)).not.toMatch(/ZodError|SENTINEL|invalid_type/);
    }

    const recruiter = await callRoute(getInterview, { token: tenant.token, params });
    expect(recruiter.body).toMatchObject({ status: "failed", failureReason: reason });
  });
});
