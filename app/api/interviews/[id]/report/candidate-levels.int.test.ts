// What the candidate reads is their company's choice, filtered on the server.
import { describe, expect, it } from "vitest";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createTenant, type Tenant } from "@/tests/support/factories";
import { createReportedInterview } from "@/tests/support/review-fixtures";
import { PATCH as patchCompany } from "../../../companies/[id]/route";
import { PUT as putOverride } from "../overrides/route";
import { GET as getReport } from "./route";

async function setLevel(tenant: Tenant, candidateFeedback: unknown) {
  return callRoute(patchCompany, {
    method: "PATCH",
    token: tenant.token,
    params: { id: tenant.company.id },
    json: { candidateFeedback },
  });
}

async function reportedFor(level?: "none" | "feedback" | "full") {
  const tenant = await createTenant();
  if (level) expect((await setLevel(tenant, level)).status).toBe(200);
  const reported = await createReportedInterview(tenant, { recommendation: "hire" });
  const read = (token: string) =>
    callRoute(getReport, { token, params: { id: reported.interview.id } });
  return { tenant, ...reported, read };
}

describe("the candidate's report by feedback level", () => {
  it("gives strengths and improvements per answer by default, with no score or recommendation", async () => {
    const { inviteToken, questions, read } = await reportedFor();
    const result = await read(inviteToken);
    expect(result.status).toBe(200);
    const body = result.body as { level: string; answers: unknown[] };
    expect(body.level).toBe("feedback");
    expect(body.answers[0]).toEqual({
      question: {
        id: questions[0]?.id,
        order: 1,
        content: questions[0]?.content,
        competency: questions[0]?.competency,
      },
      evaluation: { strengths: ["Strength 1"], improvements: ["Improvement 1"] },
    });
    const text = JSON.stringify(body);
    for (const field of [
      "recommendation",
      "overallScore",
      "competencyScores",
      "score",
      "summary",
    ]) {
      expect(text).not.toContain(`"${field}"`);
    }
  });

  it("gives only the level when the company shares nothing", async () => {
    const { inviteToken, read } = await reportedFor("none");
    const result = await read(inviteToken);
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ level: "none", aiScoring: true });
  });

  it("gives everything with the recommendation, and human values beside the AI's, at full", async () => {
    const { tenant, interview, inviteToken, questions, competencies, read } =
      await reportedFor("full");
    const params = { id: interview.id };
    for (const json of [
      { kind: "answer", target: questions[0]?.id, score: 95, reason: "Re-read: excellent." },
      { kind: "competency", target: competencies[0], score: 20, reason: "Panel disagreed." },
    ]) {
      expect(
        (await callRoute(putOverride, { method: "PUT", token: tenant.token, params, json })).status,
      ).toBe(200);
    }
    const body = (await read(inviteToken)).body as {
      level: string;
      report: {
        recommendation: string;
        overallScore: number;
        humanOverallScore?: number;
        competencyScores: { competency: string; humanScore?: number }[];
      };
      answers: { evaluation: { score: number; humanScore?: number } }[];
    };
    expect(body.level).toBe("full");
    expect(body.report).toMatchObject({ recommendation: "hire", overallScore: 70 });
    expect(body.report.humanOverallScore).toEqual(expect.any(Number));
    expect(body.report.competencyScores[0]).toMatchObject({
      competency: competencies[0],
      humanScore: 20,
    });
    expect(body.answers[0]?.evaluation).toMatchObject({ score: 60, humanScore: 95 });
    expect(body.answers[1]?.evaluation).not.toHaveProperty("humanScore");
  });

  it("leaves the recruiter's response whole at every level", async () => {
    const { tenant, read } = await reportedFor("none");
    const result = await read(tenant.token);
    expect(result.body).toMatchObject({ report: { recommendation: "hire", overallScore: 70 } });
  });

  it("refuses an unknown level with 422", async () => {
    const tenant = await createTenant();
    const result = await setLevel(tenant, "everything");
    expect(result.status).toBe(422);
    expect(errorCode(result)).toBe("unprocessable_entity");
  });
});
