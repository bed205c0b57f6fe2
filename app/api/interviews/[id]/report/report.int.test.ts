import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { evaluations } from "@/db/schema";
import { saveReport } from "@/lib/db/reports";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { PUT as reorderQuestions } from "../questions/order/route";
import { GET as listQuestions } from "../questions/route";
import { POST as startInterview } from "../start/route";
import { GET as getReport } from "./route";

type Answer = {
  evaluation: { questionId: string; score: number; feedback: string; interviewId: string };
  question: { id: string; order: number; content: string };
};

/**
 * An interview in progress whose questions were reordered to [q3, q1, q2] before the start. It is
 * not completed: completing runs the real pipeline, which writes its own report.
 */
async function completedInterview() {
  const tenant = await createTenant();
  const { interview, inviteToken } = await createInvitedInterview(tenant, { questionCount: 3 });
  const params = { id: interview.id };
  const listed = await callRoute(listQuestions, { token: tenant.token, params });
  const [q1, q2, q3] = (listed.body as { questions: { id: string }[] }).questions.map((q) => q.id);
  const order = [q3, q1, q2] as string[];
  const reordered = await callRoute(reorderQuestions, {
    method: "PUT",
    token: tenant.token,
    params,
    json: { questionIds: order },
  });
  expect(reordered.status).toBe(200);
  expect(
    (await callRoute(startInterview, { method: "POST", token: inviteToken, params })).status,
  ).toBe(200);
  return { tenant, interview, inviteToken, params, questionIds: order };
}

const rubricVersion = "rv-report-test";

/** What the evaluation pipeline would write; evaluations go in out of question order. */
async function storeReport(interviewId: string, questionIds: string[]) {
  const db = await getDb();
  await saveReport({
    interviewId,
    overallScore: 72,
    competencyScores: [{ competency: "ownership", score: 80, questionCount: 1 }],
    summary: "Clear and structured answers.",
    recommendation: "hire",
    rubricVersions: [rubricVersion],
    provider: "test",
    model: "test-model",
  });
  const scores = new Map(questionIds.map((id, i) => [id, 60 + i * 10]));
  await db.insert(evaluations).values(
    [...questionIds].reverse().map((questionId) => ({
      interviewId,
      questionId,
      score: scores.get(questionId) ?? 0,
      feedback: `Feedback for ${questionId}`,
      answerHash: `hash-${questionId}`,
      rubricVersion,
      provider: "test",
      model: "test-model",
    })),
  );
  return scores;
}

describe("GET /api/interviews/{id}/report", () => {
  it("answers 404 not_found to the recruiter and the candidate until the report exists", async () => {
    const { tenant, inviteToken, params } = await completedInterview();
    for (const token of [tenant.token, inviteToken]) {
      const result = await callRoute(getReport, { token, params });
      expect(result.status).toBe(404);
      expect(errorCode(result)).toBe("not_found");
      expect(result.body).not.toHaveProperty("report");
    }
  });

  it("returns the stored report with its answers in question order, to both audiences", async () => {
    const { tenant, interview, inviteToken, params, questionIds } = await completedInterview();
    const scores = await storeReport(interview.id, questionIds);
    // The candidate's view is filtered by the company's feedback level (candidate-levels.int.test.ts).
    const candidate = await callRoute(getReport, { token: inviteToken, params });
    expect(candidate.status).toBe(200);
    const candidateBody = candidate.body as { answers: { question: { id: string } }[] };
    expect(candidateBody.answers.map((a) => a.question.id)).toEqual(questionIds);
    for (const token of [tenant.token]) {
      const result = await callRoute(getReport, { token, params });
      expect(result.status).toBe(200);
      const body = result.body as { report: Record<string, unknown>; answers: Answer[] };
      expect(body.report).toMatchObject({
        interviewId: interview.id,
        overallScore: 72,
        recommendation: "hire",
        summary: "Clear and structured answers.",
        competencyScores: [{ competency: "ownership", score: 80, questionCount: 1 }],
      });
      expect(body.answers.map((a) => a.question.id)).toEqual(questionIds);
      expect(body.answers.map((a) => a.question.order)).toEqual([1, 2, 3]);
      for (const answer of body.answers) {
        expect(answer.evaluation).toMatchObject({
          interviewId: interview.id,
          questionId: answer.question.id,
          score: scores.get(answer.question.id),
          feedback: `Feedback for ${answer.question.id}`,
        });
      }
    }
  });
});
