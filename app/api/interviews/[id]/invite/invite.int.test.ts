import { describe, expect, it } from "vitest";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { POST as expireInvite } from "../expire/route";
import { GET as getInterview } from "../route";
import { POST as startInterview } from "../start/route";
import { POST as reissueInvite } from "./route";

type Reissued = {
  id: string;
  status: string;
  inviteUrl: string;
  inviteToken: string;
  inviteExpiresAt: string;
};

async function invitedInterview() {
  const tenant = await createTenant();
  const { interview, inviteToken } = await createInvitedInterview(tenant);
  return { tenant, interview, inviteToken, params: { id: interview.id } };
}

describe("POST /api/interviews/{id}/invite", () => {
  it("issues a new link that opens the interview while the old one stops working", async () => {
    const { tenant, inviteToken, params } = await invitedInterview();
    const result = await callRoute(reissueInvite, { method: "POST", token: tenant.token, params });
    expect(result.status).toBe(200);
    const body = result.body as Reissued;
    expect(body).toMatchObject({ id: params.id, status: "invited" });
    expect(body).not.toHaveProperty("inviteTokenHash");
    expect(body.inviteUrl).toBe(`http://localhost:3000/interview/${body.inviteToken}`);
    expect(body.inviteToken).not.toBe(inviteToken);

    expect((await callRoute(getInterview, { token: body.inviteToken, params })).status).toBe(200);
    const old = await callRoute(getInterview, { token: inviteToken, params });
    expect(old.status).toBe(401);
    expect(errorCode(old)).toBe("unauthorized");
  });

  it("takes an optional lifetime in days and refuses one out of range with 422", async () => {
    const { tenant, params } = await invitedInterview();
    const result = await callRoute(reissueInvite, {
      token: tenant.token,
      params,
      json: { inviteTtlDays: 2 },
    });
    expect(result.status).toBe(200);
    const expiresInMs = Date.parse((result.body as Reissued).inviteExpiresAt) - Date.now();
    expect(expiresInMs).toBeGreaterThan(1.9 * 86_400_000);
    expect(expiresInMs).toBeLessThan(2.1 * 86_400_000);

    for (const json of [{ inviteTtlDays: 0 }, { inviteTtlDays: "7" }, { extra: true }]) {
      const bad = await callRoute(reissueInvite, { token: tenant.token, params, json });
      expect(bad.status).toBe(422);
      expect(errorCode(bad)).toBe("unprocessable_entity");
    }
    const malformed = await callRoute(reissueInvite, {
      token: tenant.token,
      params,
      body: "{",
      headers: { "content-type": "application/json" },
    });
    expect(malformed.status).toBe(400);
    expect(errorCode(malformed)).toBe("bad_request");
  });

  it("re-opens an expired invite, and answers 409 once the candidate has started", async () => {
    const { tenant, inviteToken, params } = await invitedInterview();
    expect(
      (await callRoute(expireInvite, { method: "POST", token: tenant.token, params })).status,
    ).toBe(200);
    const reopened = await callRoute(reissueInvite, {
      method: "POST",
      token: tenant.token,
      params,
    });
    expect(reopened.status).toBe(200);
    expect((reopened.body as Reissued).status).toBe("invited");

    const fresh = (reopened.body as Reissued).inviteToken;
    expect((await callRoute(startInterview, { method: "POST", token: fresh, params })).status).toBe(
      200,
    );
    const started = await callRoute(reissueInvite, { method: "POST", token: tenant.token, params });
    expect(started.status).toBe(409);
    expect(errorCode(started)).toBe("conflict");
    // The candidate's link keeps working after the refused re-issue.
    expect((await callRoute(getInterview, { token: fresh, params })).status).toBe(200);
    expect(inviteToken).not.toBe(fresh);
  });
});
