import { describe, expect, it, vi } from "vitest";
import { POST as startInterview } from "@/app/api/interviews/[id]/start/route";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { POST as postSttToken } from "./route";

// Before any app module reads its env: no Deepgram key, whatever the shell has.
vi.hoisted(() => {
  delete process.env.DEEPGRAM_API_KEY;
});

describe("POST /api/stt/token without DEEPGRAM_API_KEY", () => {
  it("answers the candidate 503 stt_unavailable, so the client falls back to typing", async () => {
    const tenant = await createTenant();
    const { interview, inviteToken } = await createInvitedInterview(tenant);
    const params = { id: interview.id };
    await callRoute(startInterview, { method: "POST", token: inviteToken, params });
    const result = await callRoute(postSttToken, { method: "POST", token: inviteToken });
    expect(result.status).toBe(503);
    expect(errorCode(result)).toBe("stt_unavailable");
    expect(result.body).toMatchObject({
      error: { message: expect.stringMatching(/not configured/) },
    });
  });

  it("still authenticates first: anonymous 401, recruiter 403", async () => {
    const tenant = await createTenant();
    expect((await callRoute(postSttToken, { method: "POST" })).status).toBe(401);
    expect((await callRoute(postSttToken, { method: "POST", token: tenant.token })).status).toBe(
      403,
    );
  });
});
