import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { humanScorecardEntries, integritySignals, interviews } from "@/db/schema";
import { invalidateInterviewCache } from "@/lib/cache/invalidate";
import type { Explanation } from "@/lib/compliance/explanation/schemas";
import { saveRubricVersion } from "@/lib/db/rubric-versions";
import { saveScoreOverride } from "@/lib/db/score-overrides";
import { callRoute, errorCode } from "@/tests/support/call-route";
import {
  createExplainableInterview,
  explainedCriteria,
  setExplanationAccess,
} from "@/tests/support/explanation-fixtures";
import {
  addTeammate,
  assignToPosition,
  createInvitedInterview,
  createTenant,
} from "@/tests/support/factories";
import { GET } from "./route";

const read = (token: string, interviewId: string) =>
  callRoute(GET, { token, params: { id: interviewId } });

describe("GET /api/interviews/{id}/explanation", () => {
  it("answers 409 explanation_not_available before the decision by default, saying so, and opens after it", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createExplainableInterview(tenant);
    const before = await read(inviteToken, interview.id);
    expect(before.status).toBe(409);
    expect(errorCode(before)).toBe("explanation_not_available");
    expect(JSON.stringify(before.body)).toContain("once the company has made its decision");

    const decided = await createExplainableInterview(tenant, { decision: "advance" });
    const after = await read(decided.inviteToken, decided.interview.id);
    expect(after.status).toBe(200);
    expect((after.body as Explanation).outcome).toMatchObject({
      decision: "advanced",
      principalReasons: [],
    });
  });

  it("with after_completion opens once the interview is evaluated, before any decision", async () => {
    const tenant = await createTenant();
    await setExplanationAccess(tenant, "after_completion");
    const pending = await createExplainableInterview(tenant, { status: "completed" });
    const early = await read(pending.inviteToken, pending.interview.id);
    expect(early.status).toBe(409);
    expect(JSON.stringify(early.body)).toContain("once the interview has been evaluated");

    const evaluated = await createExplainableInterview(tenant);
    const result = await read(evaluated.inviteToken, evaluated.interview.id);
    expect(result.status).toBe(200);
    expect((result.body as Explanation).outcome).toBeNull();
  });

  it("gives per competency the criteria with their 1/3/5 anchors, the points each answer earned and the quotes that earned them", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken, questions, versionOf } = await createExplainableInterview(
      tenant,
      { decision: "hold" },
    );
    const result = await read(inviteToken, interview.id);
    expect(result.status).toBe(200);
    const body = result.body as Explanation;
    expect(body.aiScoring).toBe(true);
    const design = body.competencies.find((c) => c.competency === "system-design");
    const designQuestion = questions.find((q) => q.competency === "system-design");
    expect(design).toMatchObject({ score: 100, humanScore: null });
    expect(design?.rubricVersions).toEqual([versionOf("system-design")]);
    expect(design?.criteria.map((c) => [c.key, c.anchors])).toEqual(
      explainedCriteria.map((c) => [c.key, c.anchors]),
    );
    expect(design?.criteria[0]?.earned).toEqual([
      {
        questionOrder: designQuestion?.order,
        points: 5,
        quotes: [`quote ${designQuestion?.order} for depth`],
      },
    ]);
    expect(body.rubricVersions).toContain(versionOf("ownership"));
    expect(body.outcome?.decision).toBe("on_hold");
    expect(body.questions).toHaveLength(3);
  });

  it("after a rejection says not advanced with the lowest-scored competencies, shows a person's change without naming them, and leaves out signals, rationales and review notes", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken, questions } = await createExplainableInterview(tenant, {
      decision: "reject",
    });
    // A person lifted ownership from 0 to 90: communication (50) is now the lowest.
    await saveScoreOverride({
      companyId: tenant.company.id,
      interviewId: interview.id,
      kind: "competency",
      target: "ownership",
      subject: "ownership",
      aiScore: 0,
      score: 90,
      reason: "OVERRIDE-REASON",
      actorUserId: tenant.recruiter.id,
    });
    const db = await getDb();
    await db.insert(integritySignals).values({
      interviewId: interview.id,
      questionId: questions[0]?.id,
      clientId: "paste-1",
      kind: "paste",
      evidence: { pasted: "SIGNAL-DETAIL" },
    });
    const result = await read(inviteToken, interview.id);
    const body = result.body as Explanation;
    expect(body.outcome).toMatchObject({
      decision: "not_advanced",
      principalReasons: [
        { competency: "communication", score: 50 },
        { competency: "ownership", score: 90 },
      ],
    });
    expect(body.humanChanges).toEqual([
      { kind: "competency", subject: "ownership", aiValue: 0, humanValue: 90 },
    ]);
    expect(body.competencies.find((c) => c.competency === "ownership")?.humanScore).toBe(90);
    const text = JSON.stringify(body);
    for (const hidden of [
      tenant.recruiter.name,
      tenant.recruiter.email,
      tenant.recruiter.id,
      "OVERRIDE-REASON",
      "DECISION-NOTE",
      "SIGNAL-DETAIL",
      "RATIONALE-",
      "FEEDBACK-",
      "REVIEW-REASON-",
    ]) {
      expect(text).not.toContain(hidden);
    }
  });

  it("explains an interview without AI scoring from the human scorecard, and says no AI scored it", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createInvitedInterview(tenant);
    const db = await getDb();
    await db
      .update(interviews)
      .set({ aiScoring: false, status: "evaluated" })
      .where(eq(interviews.id, interview.id));
    await invalidateInterviewCache(interview.id);
    await setExplanationAccess(tenant, "after_completion");
    const version = `rv-human-${interview.id}`;
    await saveRubricVersion({
      id: version,
      competency: "communication",
      language: "en",
      criteria: explainedCriteria,
      scorerVersion: "human",
      provider: "human",
      model: "none",
    });
    await db.insert(humanScorecardEntries).values([
      {
        interviewId: interview.id,
        competency: "communication",
        criterionKey: "depth",
        points: 4,
        quote: "I walked them through the cost.",
        rubricVersion: version,
        userId: tenant.recruiter.id,
      },
      {
        interviewId: interview.id,
        competency: "communication",
        criterionKey: "clarity",
        points: 2,
        quote: "",
        rubricVersion: version,
        userId: tenant.recruiter.id,
      },
    ]);
    const result = await read(inviteToken, interview.id);
    expect(result.status).toBe(200);
    const body = result.body as Explanation;
    expect(body.aiScoring).toBe(false);
    expect(body.rubricVersions).toEqual([version]);
    expect(body.humanChanges).toEqual([]);
    expect(body.competencies).toEqual([
      {
        competency: "communication",
        score: null,
        humanScore: null,
        rubricVersions: [version],
        criteria: [
          {
            ...explainedCriteria[0],
            earned: [
              { questionOrder: null, points: 4, quotes: ["I walked them through the cost."] },
            ],
          },
          { ...explainedCriteria[1], earned: [{ questionOrder: null, points: 2, quotes: [] }] },
        ],
        otherQuotes: [],
      },
    ]);
    expect(JSON.stringify(body)).not.toContain(tenant.recruiter.name);
  });

  it("lets a member with interview:read read it, and answers an unassigned evaluator 404", async () => {
    const tenant = await createTenant();
    const { interview } = await createExplainableInterview(tenant, { decision: "advance" });
    const assigned = await addTeammate(tenant, "evaluator");
    await assignToPosition(tenant, { userId: assigned.user.id });
    const unassigned = await addTeammate(tenant, "evaluator");
    expect((await read(assigned.token, interview.id)).status).toBe(200);
    expect((await read(unassigned.token, interview.id)).status).toBe(404);
  });
});
