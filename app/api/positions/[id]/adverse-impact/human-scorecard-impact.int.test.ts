import { describe, expect, it } from "vitest";
import { PUT as putScorecard } from "@/app/api/interviews/[id]/scorecard/route";
import type { AdverseImpactReport } from "@/lib/compliance/adverse-impact/report-view";
import { callRoute } from "@/tests/support/call-route";
import { createTenant } from "@/tests/support/factories";
import { completeScoredInterview } from "@/tests/support/human-scorecard-fixtures";
import { GET as getPositionReport } from "./route";

const ownership = (points: number[]) =>
  ["scope", "own_action", "outcome"].map((criterionKey, index) => ({
    competency: "ownership",
    criterionKey,
    points: points[index],
    quote: "rolled it back myself",
  }));
const communication = (points: number[]) =>
  ["structure", "clarity", "audience"].slice(0, points.length).map((criterionKey, index) => ({
    competency: "communication",
    criterionKey,
    points: points[index],
    quote: "one picture first",
  }));

describe("the scores measure of an interview the candidate asked no AI to score", () => {
  it("counts it by its human scorecard's overall once complete, and not before", async () => {
    const tenant = await createTenant();
    const { params } = await completeScoredInterview(tenant, { aiScoring: false });
    const scores = async (threshold: number) => {
      const result = await callRoute(getPositionReport, {
        token: tenant.token,
        params: { id: tenant.position.id },
        path: `/api/positions/${tenant.position.id}/adverse-impact?threshold=${threshold}`,
      });
      expect(result.status).toBe(200);
      return (result.body as AdverseImpactReport).scores;
    };
    expect((await scores(60)).total).toBe(0);
    const put = (entries: unknown[]) =>
      callRoute(putScorecard, { method: "PUT", token: tenant.token, params, json: { entries } });
    expect((await put([...ownership([5, 4, 2]), ...communication([3, 3])])).status).toBe(200);
    expect((await scores(60)).total).toBe(0);
    // Complete: ownership 67 (two questions), communication 58 → overall 64, as the scorecard says.
    expect((await put(communication([3, 3, 4]))).status).toBe(200);
    expect(await scores(60)).toMatchObject({ total: 1, selected: 1 });
    expect(await scores(65)).toMatchObject({ total: 1, selected: 0 });
  });
});
