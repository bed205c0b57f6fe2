import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { interviews } from "@/db/schema";
import { saveReport } from "@/lib/db/reports";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createInvitedInterview, createTenant, type Tenant } from "@/tests/support/factories";
import { GET as listCandidates } from "./route";

type Body = {
  position: { id: string; competencies: string[] };
  sort: string | null;
  candidates: {
    interviewId: string;
    overallScore: number;
    scoredBy: string;
    competencyScores: { competency: string; score: number }[];
  }[];
};

async function evaluatedCandidate(
  tenant: Tenant,
  options: { overallScore: number; provider: "offline" | "openai"; completedDay: number },
) {
  const { interview } = await createInvitedInterview(tenant);
  const { overallScore } = options;
  await saveReport({
    interviewId: interview.id,
    overallScore,
    competencyScores: [
      { competency: "system-design", score: overallScore + 5, questionCount: 1 },
      { competency: "ownership", score: overallScore - 5, questionCount: 1 },
    ],
    summary: "Test report.",
    recommendation: overallScore >= 70 ? "hire" : "no_hire",
    provider: options.provider,
    model: options.provider === "offline" ? "offline-heuristic-v1" : "gpt-test",
  });
  const db = await getDb();
  await db
    .update(interviews)
    .set({ completedAt: new Date(Date.UTC(2026, 11, options.completedDay)) })
    .where(eq(interviews.id, interview.id));
  return interview.id;
}

const list = (tenant: Tenant, query = "") =>
  callRoute(listCandidates, {
    token: tenant.token,
    params: { id: tenant.position.id },
    path: `/api/positions/${tenant.position.id}/candidates${query}`,
  });

describe("GET /api/positions/{id}/candidates", () => {
  it("ranks only model scores; offline-scored candidates follow by completion, newest first", async () => {
    const tenant = await createTenant();
    const offlineHighOld = await evaluatedCandidate(tenant, {
      overallScore: 95,
      provider: "offline",
      completedDay: 1,
    });
    const modelLow = await evaluatedCandidate(tenant, {
      overallScore: 40,
      provider: "openai",
      completedDay: 2,
    });
    const offlineLowNew = await evaluatedCandidate(tenant, {
      overallScore: 20,
      provider: "offline",
      completedDay: 4,
    });
    const modelHigh = await evaluatedCandidate(tenant, {
      overallScore: 80,
      provider: "openai",
      completedDay: 3,
    });
    await createInvitedInterview(tenant); // not evaluated: not listed

    const byDefault = await list(tenant);
    expect(byDefault.status).toBe(200);
    const body = byDefault.body as Body;
    expect(body.position).toMatchObject({
      id: tenant.position.id,
      competencies: tenant.position.competencies,
    });
    expect(body.sort).toBeNull();
    expect(body.candidates.map((c) => c.interviewId)).toEqual([
      modelHigh,
      modelLow,
      offlineLowNew,
      offlineHighOld,
    ]);
    expect(body.candidates.map((c) => c.scoredBy)).toEqual([
      "model",
      "model",
      "offline",
      "offline",
    ]);
    expect(body.candidates[0]).toMatchObject({
      overallScore: 80,
      recommendation: "hire",
      competencyScores: [
        { competency: "system-design", score: 85 },
        { competency: "ownership", score: 75 },
      ],
    });

    const byScore = (await list(tenant, "?sort=score")).body as Body;
    expect(byScore.sort).toBe("score");
    expect(byScore.candidates.map((c) => c.interviewId)).toEqual([
      offlineHighOld,
      modelHigh,
      modelLow,
      offlineLowNew,
    ]);
    const byCompletion = (await list(tenant, "?sort=completed")).body as Body;
    expect(byCompletion.candidates.map((c) => c.interviewId)).toEqual([
      offlineLowNew,
      modelHigh,
      modelLow,
      offlineHighOld,
    ]);
  });

  it("answers 422 for an unknown sort", async () => {
    const tenant = await createTenant();
    const result = await list(tenant, "?sort=best");
    expect(result.status).toBe(422);
    expect(errorCode(result)).toBe("unprocessable_entity");
  });
});
