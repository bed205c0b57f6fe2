import { describe, expect, it } from "vitest";
import { saveReport } from "@/lib/db/reports";
import { callRoute } from "@/tests/support/call-route";
import { createInvitedInterview, createTenant, type Tenant } from "@/tests/support/factories";
import { GET as listCandidates } from "./route";

type Body = {
  position: { id: string; competencies: string[] };
  candidates: {
    interviewId: string;
    overallScore: number;
    competencyScores: { competency: string; score: number }[];
  }[];
};

async function evaluatedCandidate(tenant: Tenant, overallScore: number) {
  const { interview, inviteToken } = await createInvitedInterview(tenant);
  await saveReport({
    interviewId: interview.id,
    overallScore,
    competencyScores: [
      { competency: "system-design", score: overallScore + 5, questionCount: 1 },
      { competency: "ownership", score: overallScore - 5, questionCount: 1 },
    ],
    summary: "Test report.",
    recommendation: overallScore >= 70 ? "hire" : "no_hire",
    provider: "offline",
    model: "offline-heuristic-v1",
  });
  return { interview, inviteToken };
}

describe("GET /api/positions/{id}/candidates", () => {
  it("lists the position's evaluated candidates, best first, with per-competency scores", async () => {
    const tenant = await createTenant();
    const low = await evaluatedCandidate(tenant, 40);
    const high = await evaluatedCandidate(tenant, 80);
    await createInvitedInterview(tenant); // not evaluated: not compared
    const result = await callRoute(listCandidates, {
      token: tenant.token,
      params: { id: tenant.position.id },
    });
    expect(result.status).toBe(200);
    const body = result.body as Body;
    expect(body.position).toMatchObject({
      id: tenant.position.id,
      competencies: tenant.position.competencies,
    });
    expect(body.candidates.map((c) => c.interviewId)).toEqual([
      high.interview.id,
      low.interview.id,
    ]);
    expect(body.candidates[0]).toMatchObject({
      overallScore: 80,
      recommendation: "hire",
      competencyScores: [
        { competency: "system-design", score: 85 },
        { competency: "ownership", score: 75 },
      ],
    });
  });
});
