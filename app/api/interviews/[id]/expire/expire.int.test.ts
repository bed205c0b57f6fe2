import { describe, expect, it } from "vitest";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { GET as getInterview } from "../route";
import { POST as startInterview } from "../start/route";
import { POST as expireInvite } from "./route";

async function invitedInterview() {
  const tenant = await createTenant();
  const { interview, inviteToken } = await createInvitedInterview(tenant);
  return { tenant, inviteToken, params: { id: interview.id } };
}

describe("POST /api/interviews/{id}/expire", () => {
  it("expires an unused invite at once, so the link is refused, and repeating it is harmless", async () => {
    const { tenant, inviteToken, params } = await invitedInterview();
    // The candidate's link works, and is cached, before the expiry.
    expect((await callRoute(getInterview, { token: inviteToken, params })).status).toBe(200);
    const result = await callRoute(expireInvite, { method: "POST", token: tenant.token, params });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ id: params.id, status: "expired" });
    expect(result.body).not.toHaveProperty("inviteTokenHash");

    const refused = await callRoute(getInterview, { token: inviteToken, params });
    expect(refused.status).toBe(401);
    expect(errorCode(refused)).toBe("unauthorized");
    const again = await callRoute(expireInvite, { method: "POST", token: tenant.token, params });
    expect(again.status).toBe(200);
    expect((await callRoute(getInterview, { token: tenant.token, params })).body).toMatchObject({
      status: "expired",
    });
  });

  it("answers 409 once the candidate has started, and the interview goes on", async () => {
    const { tenant, inviteToken, params } = await invitedInterview();
    await callRoute(startInterview, { method: "POST", token: inviteToken, params });
    const result = await callRoute(expireInvite, { method: "POST", token: tenant.token, params });
    expect(result.status).toBe(409);
    expect(errorCode(result)).toBe("conflict");
    expect((await callRoute(getInterview, { token: inviteToken, params })).body).toMatchObject({
      status: "in_progress",
    });
  });
});
