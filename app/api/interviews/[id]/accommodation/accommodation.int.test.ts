import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { positions, reviewAudit } from "@/db/schema";
import { invalidatePositionCache } from "@/lib/cache/invalidate";
import { getInterviewById } from "@/lib/db/interviews";
import { env } from "@/lib/env.mjs";
import { isInterviewOverdue } from "@/lib/interviews/interview-time-limit";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { addTeammate, createInvitedInterview, createTenant } from "@/tests/support/factories";
import { GET as getInterview } from "../route";
import { POST as startInterview } from "../start/route";
import { POST as grantAccommodation } from "./route";

const grant = (token: string, interviewId: string, json: unknown) =>
  callRoute(grantAccommodation, { method: "POST", token, params: { id: interviewId }, json });

async function setAnswerSeconds(positionId: string, answerSeconds: number) {
  const db = await getDb();
  await db.update(positions).set({ answerSeconds }).where(eq(positions.id, positionId));
  await invalidatePositionCache(positionId);
}

describe("POST /api/interviews/{id}/accommodation", () => {
  it("grants 2× on a 180 s position: the candidate's view counts 360 s per answer, and it is audited", async () => {
    const tenant = await createTenant();
    await setAnswerSeconds(tenant.position.id, 180);
    const { interview, inviteToken } = await createInvitedInterview(tenant);
    const result = await grant(tenant.token, interview.id, {
      kinds: ["more_time", "typed_only"],
      answerTimeMultiplier: 2,
      note: "As asked.",
    });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      accommodationGrant: {
        kinds: ["more_time", "typed_only"],
        answerTimeMultiplier: 2,
        note: "As asked.",
        grantedByUserId: tenant.recruiter.id,
      },
    });
    const view = await callRoute(getInterview, {
      token: inviteToken,
      params: { id: interview.id },
    });
    expect(view.body).toMatchObject({
      position: { answerSeconds: 360 },
      accommodation: { answerTimeMultiplier: 2, typedOnly: true, hasBreak: false },
    });
    const db = await getDb();
    const audit = await db
      .select()
      .from(reviewAudit)
      .where(eq(reviewAudit.interviewId, interview.id));
    expect(audit).toMatchObject([
      {
        action: "grant_accommodation",
        actorUserId: tenant.recruiter.id,
        before: null,
        after: { answerTimeMultiplier: 2, kinds: ["more_time", "typed_only"] },
        reason: "As asked.",
      },
    ]);
  });

  it("lengthens the time limit by the multiplier and 15 minutes for a break", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createInvitedInterview(tenant);
    await grant(tenant.token, interview.id, {
      kinds: ["more_time", "break"],
      answerTimeMultiplier: 2,
      note: "",
    });
    await callRoute(startInterview, {
      method: "POST",
      token: inviteToken,
      params: { id: interview.id },
    });
    const started = await getInterviewById({ id: interview.id });
    if (!started?.startedAt) throw new Error("not started");
    const minutesLater = (minutes: number) =>
      new Date((started.startedAt as Date).getTime() + minutes * 60_000);
    const base = env.MAX_INTERVIEW_DURATION_MINUTES;
    // 2 × the limit + 15 minutes.
    expect(isInterviewOverdue(started, minutesLater(2 * base + 14))).toBe(false);
    expect(isInterviewOverdue(started, minutesLater(2 * base + 15))).toBe(true);
    expect(isInterviewOverdue(started, minutesLater(base))).toBe(false);
    expect(isInterviewOverdue({ ...started, accommodationGrant: null }, minutesLater(base))).toBe(
      true,
    );
  });

  it("answers 409 interview_started after the start and keeps the interview as it was", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createInvitedInterview(tenant);
    await callRoute(startInterview, {
      method: "POST",
      token: inviteToken,
      params: { id: interview.id },
    });
    const result = await grant(tenant.token, interview.id, {
      kinds: ["more_time"],
      answerTimeMultiplier: 3,
      note: "",
    });
    expect(result.status).toBe(409);
    expect(errorCode(result)).toBe("interview_started");
    expect((await getInterviewById({ id: interview.id }))?.accommodationGrant).toBeNull();
  });

  it("refuses evaluators (403) and the candidate (403)", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createInvitedInterview(tenant);
    const evaluator = await addTeammate(tenant, "evaluator");
    const body = { kinds: ["break"], answerTimeMultiplier: 1, note: "" };
    expect((await grant(evaluator.token, interview.id, body)).status).toBe(403);
    expect((await grant(inviteToken, interview.id, body)).status).toBe(403);
  });

  it.each([
    ["over 3×", 3.5],
    ["under 1×", 0.5],
    ["not a step of 0.5", 1.25],
  ])("answers 422 for a multiplier %s", async (_, answerTimeMultiplier) => {
    const tenant = await createTenant();
    const { interview } = await createInvitedInterview(tenant);
    const result = await grant(tenant.token, interview.id, {
      kinds: ["more_time"],
      answerTimeMultiplier,
      note: "",
    });
    expect(result.status).toBe(422);
  });
});
