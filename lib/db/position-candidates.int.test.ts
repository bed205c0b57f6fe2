// The compare page and GET /api/positions/{id}/candidates show human values, marked as such.
import { describe, expect, it } from "vitest";
import { PUT as putDecision } from "@/app/api/interviews/[id]/decision/route";
import { PUT as putOverride } from "@/app/api/interviews/[id]/overrides/route";
import { GET as listCandidates } from "@/app/api/positions/[id]/candidates/route";
import { callRoute } from "@/tests/support/call-route";
import { createTenant } from "@/tests/support/factories";
import { createReportedInterview } from "@/tests/support/review-fixtures";

type Candidate = {
  interviewId: string;
  overallScore: number;
  humanOverallScore?: number;
  competencyScores: { competency: string; score: number; humanScore?: number }[];
  decision: { decision: string; note: string } | null;
};

describe("GET /api/positions/{id}/candidates with human review", () => {
  it("gives the human competency score and overall beside the AI's, and the decision", async () => {
    const tenant = await createTenant();
    const reviewed = await createReportedInterview(tenant);
    const untouched = await createReportedInterview(tenant);
    const competency = reviewed.competencies[0] ?? "";
    const params = { id: reviewed.interview.id };
    await callRoute(putOverride, {
      method: "PUT",
      token: tenant.token,
      params,
      json: { kind: "competency", target: competency, score: 100, reason: "Panel: outstanding." },
    });
    await callRoute(putDecision, {
      method: "PUT",
      token: tenant.token,
      params,
      json: { decision: "advance", note: "Next round." },
    });

    // Sorted by score on purpose: these reports are offline-scored, which the default order lists
    // by completion time instead.
    const result = await callRoute(listCandidates, {
      token: tenant.token,
      params: { id: tenant.position.id },
      path: `/api/positions/${tenant.position.id}/candidates?sort=score`,
    });
    expect(result.status).toBe(200);
    const { candidates } = result.body as { candidates: Candidate[] };
    // The human overall (above the AI's 70) puts the reviewed candidate first.
    expect(candidates.map((c) => c.interviewId)).toEqual([
      reviewed.interview.id,
      untouched.interview.id,
    ]);
    const [first, second] = candidates;
    expect(first?.overallScore).toBe(70);
    expect(first?.humanOverallScore).toBeGreaterThan(70);
    expect(first?.competencyScores.find((c) => c.competency === competency)).toMatchObject({
      humanScore: 100,
    });
    expect(first?.decision).toMatchObject({ decision: "advance", note: "Next round." });
    expect(second).not.toHaveProperty("humanOverallScore");
    expect(second?.competencyScores.every((c) => c.humanScore === undefined)).toBe(true);
    expect(second?.decision).toBeNull();
  });
});
