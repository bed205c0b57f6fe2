import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import { POST as completeInterview } from "@/app/api/interviews/[id]/complete/route";
import { POST as startInterview } from "@/app/api/interviews/[id]/start/route";
import { type CallResult, callRoute, errorCode } from "@/tests/support/call-route";
import {
  createInvitedInterview,
  createOperator,
  createTenant,
  type Tenant,
} from "@/tests/support/factories";
import { inOneWindow } from "@/tests/support/rate-limit-scenario";
import { signInForCookie } from "@/tests/support/sign-in";
import { POST as postSttToken } from "./route";

// Before any app module reads its env: Deepgram is the local fake, with a key we can look for.
const fake = await vi.hoisted(async () => {
  const { startDeepgramForApp } = await import("@/tests/support/deepgram-env");
  process.env.STT_TOKEN_TTL_SECONDS = "45";
  process.env.RATE_LIMIT_PER_MINUTE = "100";
  return startDeepgramForApp({ apiKey: `dg-master-${crypto.randomUUID()}` });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

type SttToken = {
  token: string;
  expiresAt: string;
  listenUrl: string;
  model: string;
  language: string;
};

// Every response of this file, so one test can show the master key never left the server.
const responses: CallResult[] = [];
async function requestToken(options: { token?: string; cookie?: string } = {}) {
  const result = await callRoute(postSttToken, {
    method: "POST",
    path: "/api/stt/token",
    ...options,
  });
  responses.push(result);
  return result;
}

async function startedInterview(tenant?: Tenant) {
  const owner = tenant ?? (await createTenant());
  const { interview, inviteToken } = await createInvitedInterview(owner);
  const params = { id: interview.id };
  const started = await callRoute(startInterview, { method: "POST", token: inviteToken, params });
  expect(started.status).toBe(200);
  return { tenant: owner, interview, inviteToken, params };
}

function openListen(body: SttToken) {
  const url = `${body.listenUrl}?model=${body.model}&language=${body.language}&interim_results=true`;
  const ws = new WebSocket(url, ["bearer", body.token]);
  return new Promise<WebSocket>((resolve, reject) => {
    ws.once("open", () => resolve(ws));
    ws.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

describe("POST /api/stt/token", () => {
  it("gives the candidate of a started interview a short-lived token that opens Deepgram's socket", async () => {
    const { inviteToken } = await startedInterview();
    const before = Date.now();
    const result = await requestToken({ token: inviteToken });
    expect(result.status).toBe(200);
    expect(result.headers.get("cache-control")).toBe("no-store");
    const body = result.body as SttToken;
    expect(Object.keys(body).sort()).toEqual([
      "expiresAt",
      "language",
      "listenUrl",
      "model",
      "token",
    ]);
    expect(body).toMatchObject({ listenUrl: fake.wsUrl, model: "nova-3", language: "en-US" });
    const expiresAtMs = Date.parse(body.expiresAt);
    expect(expiresAtMs).toBeGreaterThanOrEqual(before + 44_000);
    expect(expiresAtMs).toBeLessThanOrEqual(Date.now() + 45_000);
    expect(fake.grants).toEqual([{ ttlSeconds: 45, issuedAt: expect.any(String) }]);
    expect(fake.isTokenValid(body.token)).toBe(true);

    const ws = await openListen(body);
    expect(ws.protocol).toBe("bearer");
    expect(fake.connections[0]).toMatchObject({
      auth: "temporary_token",
      params: { model: "nova-3", language: "en-US" },
    });
    ws.close();
  });

  it("mints a fresh token per request, so one leaked token expires on its own", async () => {
    const { inviteToken } = await startedInterview();
    const first = (await requestToken({ token: inviteToken })).body as SttToken;
    const second = (await requestToken({ token: inviteToken })).body as SttToken;
    expect(first.token).not.toBe(second.token);
    expect(fake.counts.grants).toBe(2);
  });

  it("follows the language of the caller's own interview: each candidate gets their position's", async () => {
    const english = await startedInterview();
    const korean = await startedInterview(await createTenant({ language: "ko" }));
    const en = (await requestToken({ token: english.inviteToken })).body as SttToken;
    const ko = (await requestToken({ token: korean.inviteToken })).body as SttToken;
    expect(en.language).toBe("en-US");
    expect(ko.language).toBe("ko");
  });

  it("answers 409 interview_not_in_progress before the start and after the end, minting nothing", async () => {
    const tenant = await createTenant();
    const invited = await createInvitedInterview(tenant);
    const before = await requestToken({ token: invited.inviteToken });
    expect(before.status).toBe(409);
    expect(errorCode(before)).toBe("interview_not_in_progress");

    const { inviteToken, params } = await startedInterview(tenant);
    const completed = await callRoute(completeInterview, {
      method: "POST",
      token: inviteToken,
      params,
    });
    expect(completed.status).toBe(200);
    const after = await requestToken({ token: inviteToken });
    expect(after.status).toBe(409);
    expect(errorCode(after)).toBe("interview_not_in_progress");
    expect(fake.counts.grants).toBe(0);
  });

  it("refuses recruiters (API token or session) and operators with 403, and anonymous callers with 401", async () => {
    const { tenant } = await startedInterview();
    const { token: operatorToken } = await createOperator();
    const cookie = await signInForCookie(tenant.recruiter.email);
    for (const caller of [{ token: tenant.token }, { cookie }, { token: operatorToken }]) {
      const result = await requestToken(caller);
      expect(result.status).toBe(403);
      expect(errorCode(result)).toBe("forbidden");
    }
    const anonymous = await requestToken();
    expect(anonymous.status).toBe(401);
    expect(errorCode(anonymous)).toBe("unauthorized");
    expect(fake.counts.grants).toBe(0);
  });

  it("answers 502 stt_grant_failed when Deepgram fails or refuses, and logs no secret", async () => {
    const { inviteToken } = await startedInterview();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      fake.failNextGrants({ status: 503, times: 5 });
      const down = await requestToken({ token: inviteToken });
      expect(down.status).toBe(502);
      expect(errorCode(down)).toBe("stt_grant_failed");
      fake.failNextGrants({ status: 401, times: 1 });
      const refused = await requestToken({ token: inviteToken });
      expect(refused.status).toBe(502);
      expect(JSON.stringify(logged.mock.calls)).not.toContain(fake.apiKey);
      expect(JSON.stringify(logged.mock.calls)).not.toContain(inviteToken);
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it("refuses the 101st request within a minute with 429", () =>
    inOneWindow(async () => {
      // The start was this invite token's first request of the minute; 99 token requests follow.
      const { inviteToken } = await startedInterview();
      const statuses: number[] = [];
      for (let i = 0; i < 100; i++)
        statuses.push((await requestToken({ token: inviteToken })).status);
      expect(statuses.slice(0, 99).every((status) => status === 200)).toBe(true);
      expect(statuses[99]).toBe(429);
      const refused = responses.at(-1) as CallResult;
      expect(errorCode(refused)).toBe("rate_limited");
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(fake.counts.grants).toBe(99);
    }));

  // Runs last: it reads every response the tests above received.
  it("never puts the master key in a response body or header", () => {
    expect(responses.length).toBeGreaterThan(100);
    for (const response of responses) {
      expect(JSON.stringify(response.body)).not.toContain(fake.apiKey);
      for (const [, value] of response.headers) expect(value).not.toContain(fake.apiKey);
    }
  });
});
