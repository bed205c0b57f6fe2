import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { reports } from "@/db/schema";
import { callRoute } from "@/tests/support/call-route";
import { createTenant } from "@/tests/support/factories";
import { setUpWebhookReceiver } from "@/tests/support/webhook-receiver-per-file";
import { PUT as putDecision } from "../interviews/[id]/decision/route";
import { POST as startInterview } from "../interviews/[id]/start/route";
import { POST as createInterview } from "../interviews/route";

vi.mock("@/lib/webhooks/local-webhooks", () => import("@/tests/support/local-webhooks.mock"));

const { receiver, endpointFor } = setUpWebhookReceiver();

describe("the routes announce what happened to the workspace's webhooks", () => {
  it("sends interview.invited, interview.started once, and decision.made with the decision", async () => {
    const tenant = await createTenant();
    await endpointFor(tenant, ["interview.invited", "interview.started", "decision.made"]);
    const created = await callRoute(createInterview, {
      token: tenant.token,
      json: {
        positionId: tenant.position.id,
        candidateName: "Ann",
        candidateEmail: "ann@example.com",
        sendInvitation: false,
        questionCount: 1,
        externalCandidateId: "c-1",
      },
    });
    expect(created.status).toBe(201);
    const { id, inviteUrl } = created.body as { id: string; inviteUrl: string };
    const inviteToken = inviteUrl.split("/").at(-1) ?? "";
    for (let index = 0; index < 2; index++) {
      const started = await callRoute(startInterview, { token: inviteToken, params: { id } });
      expect(started.status).toBe(200);
    }
    await (await getDb()).insert(reports).values({
      interviewId: id,
      overallScore: 80,
      summary: "Solid.",
      recommendation: "hire",
      provider: "test",
      model: "none",
    });
    const decided = await callRoute(putDecision, {
      method: "PUT",
      token: tenant.token,
      params: { id },
      json: { decision: "advance" },
    });
    expect(decided.status).toBe(200);

    expect(receiver.received.map((hook) => [hook.body.type, hook.verifiedBy[0]])).toEqual([
      ["interview.invited", true],
      ["interview.started", true],
      ["decision.made", true],
    ]);
    expect(receiver.received[2]?.body.data).toEqual({
      interviewId: id,
      positionId: tenant.position.id,
      externalJobId: null,
      externalCandidateId: "c-1",
      externalApplicationId: null,
      decision: "advance",
    });
  });
});
