import { TokenVerifier } from "livekit-server-sdk";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { type CallResult, callRoute, errorCode } from "@/tests/support/call-route";
import { createInvitedInterview, createTenant, type Tenant } from "@/tests/support/factories";
import { signInForCookie } from "@/tests/support/sign-in";
import { POST as completeInterview } from "../complete/route";
import { POST as startInterview } from "../start/route";
import { POST as postMediaToken } from "./route";

// Before any app module reads its env. Tokens are minted offline; no LiveKit server is needed.
const livekit = vi.hoisted(() => {
  const values = {
    url: "wss://livekit.test.example",
    apiKey: "APItestkey",
    apiSecret: `secret-${"x".repeat(40)}`,
  };
  process.env.LIVEKIT_URL = values.url;
  process.env.LIVEKIT_API_KEY = values.apiKey;
  process.env.LIVEKIT_API_SECRET = values.apiSecret;
  delete process.env.LIVEKIT_VIDEO;
  delete process.env.MEDIA_TOKEN_TTL_SECONDS;
  return values;
});

type MediaToken = { token: string; url: string; room: string; expiresAt: string };

const responses: CallResult[] = [];
async function requestToken(options: { id: string; token?: string; cookie?: string }) {
  const { id, ...auth } = options;
  const result = await callRoute(postMediaToken, {
    method: "POST",
    path: `/api/interviews/${id}/media-token`,
    params: { id },
    ...auth,
  });
  responses.push(result);
  return result;
}

/** The claims as LiveKit verifies them (signature, issuer, exp with no clock skew allowed). */
async function verifyClaims(token: string) {
  return new TokenVerifier(livekit.apiKey, livekit.apiSecret).verify(token, 0);
}

/** The payload as anyone holding the token can read it, without the secret. */
function decodePayload(token: string): Record<string, unknown> {
  const [, payload] = token.split(".");
  return JSON.parse(Buffer.from(payload ?? "", "base64url").toString("utf8"));
}

let tenant: Tenant;
let started: { id: string; inviteToken: string };
let invited: { id: string; inviteToken: string };

beforeAll(async () => {
  tenant = await createTenant();
  const first = await createInvitedInterview(tenant);
  const params = { id: first.interview.id };
  const start = await callRoute(startInterview, {
    method: "POST",
    token: first.inviteToken,
    params,
  });
  expect(start.status).toBe(200);
  started = { id: first.interview.id, inviteToken: first.inviteToken };
  const second = await createInvitedInterview(tenant);
  invited = { id: second.interview.id, inviteToken: second.inviteToken };
});

describe("POST /api/interviews/{id}/media-token", () => {
  it("gives the candidate a token for this interview's room that publishes only the microphone", async () => {
    const before = Date.now();
    const result = await requestToken({ id: started.id, token: started.inviteToken });
    expect(result.status).toBe(200);
    expect(result.headers.get("cache-control")).toBe("no-store");
    const body = result.body as MediaToken;
    expect(Object.keys(body).sort()).toEqual(["expiresAt", "room", "token", "url"]);
    expect(body).toMatchObject({ url: livekit.url, room: `interview-${started.id}` });

    const claims = await verifyClaims(body.token);
    expect(claims.sub).toBe(`candidate-${started.id}`);
    expect(claims.iss).toBe(livekit.apiKey);
    expect(claims.video).toEqual({
      roomJoin: true,
      room: `interview-${started.id}`,
      canPublish: true,
      canPublishSources: ["microphone"],
      canSubscribe: true,
      canPublishData: false,
    });
    expect(decodePayload(body.token)).toMatchObject({ sub: claims.sub, video: claims.video });

    const { exp = 0, nbf = 0 } = claims;
    expect(exp - nbf).toBe(600);
    expect(exp * 1000).toBeLessThanOrEqual(Date.now() + 900_000);
    expect(Date.parse(body.expiresAt)).toBeLessThanOrEqual(exp * 1000);
    expect(Date.parse(body.expiresAt)).toBeGreaterThanOrEqual(before + 599_000);
  });

  it("gives a recruiter, by API token or session, a hidden subscribe-only token", async () => {
    const cookie = await signInForCookie(tenant.recruiter.email);
    for (const auth of [{ token: tenant.token }, { cookie }]) {
      const result = await requestToken({ id: started.id, ...auth });
      expect(result.status).toBe(200);
      const claims = await verifyClaims((result.body as MediaToken).token);
      expect(claims.sub).toBe(`recruiter-${tenant.recruiter.id}`);
      expect(claims.video).toEqual({
        roomJoin: true,
        room: `interview-${started.id}`,
        canPublish: false,
        canPublishData: false,
        canSubscribe: true,
        hidden: true,
      });
      expect((claims.exp ?? 0) - (claims.nbf ?? 0)).toBeLessThanOrEqual(900);
    }
  });

  it("lets the recruiter wait in the room before the start, but not the candidate", async () => {
    const recruiter = await requestToken({ id: invited.id, token: tenant.token });
    expect(recruiter.status).toBe(200);
    const candidate = await requestToken({ id: invited.id, token: invited.inviteToken });
    expect(candidate.status).toBe(409);
    expect(errorCode(candidate)).toBe("interview_not_in_progress");
  });

  it("closes the room to everyone once the interview is completed", async () => {
    const { interview, inviteToken } = await createInvitedInterview(tenant);
    const params = { id: interview.id };
    await callRoute(startInterview, { method: "POST", token: inviteToken, params });
    await callRoute(completeInterview, { method: "POST", token: inviteToken, params });
    for (const token of [inviteToken, tenant.token]) {
      const result = await requestToken({ id: interview.id, token });
      expect(result.status).toBe(409);
      expect(errorCode(result)).toBe("interview_not_in_progress");
    }
  });

  it("signs with the secret but never returns it", () => {
    expect(responses.length).toBeGreaterThan(5);
    for (const response of responses) {
      expect(JSON.stringify(response.body)).not.toContain(livekit.apiSecret);
      for (const [, value] of response.headers) expect(value).not.toContain(livekit.apiSecret);
    }
  });
});
