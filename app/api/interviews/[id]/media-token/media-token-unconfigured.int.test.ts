import { describe, expect, it, vi } from "vitest";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { POST as startInterview } from "../start/route";
import { POST as postMediaToken } from "./route";

// Before any app module reads its env: no LiveKit, whatever the shell has.
vi.hoisted(() => {
  delete process.env.LIVEKIT_URL;
  delete process.env.LIVEKIT_API_KEY;
  delete process.env.LIVEKIT_API_SECRET;
});

describe("POST /api/interviews/{id}/media-token without LiveKit", () => {
  it("answers the candidate and the recruiter 503 media_unavailable", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createInvitedInterview(tenant);
    const params = { id: interview.id };
    await callRoute(startInterview, { method: "POST", token: inviteToken, params });
    for (const token of [inviteToken, tenant.token]) {
      const result = await callRoute(postMediaToken, { method: "POST", token, params });
      expect(result.status).toBe(503);
      expect(errorCode(result)).toBe("media_unavailable");
    }
  });

  it("still checks access first: another company's recruiter gets 404", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const { interview } = await createInvitedInterview(tenant);
    const params = { id: interview.id };
    const result = await callRoute(postMediaToken, { method: "POST", token: other.token, params });
    expect(result.status).toBe(404);
  });
});
