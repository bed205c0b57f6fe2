import { randomBytes } from "node:crypto";
import { expect, vi } from "vitest";
import { GET as listPositions } from "@/app/api/positions/route";
import { callRoute } from "./call-route";
import { createTenant } from "./factories";
import { signInForCookie } from "./sign-in";

/**
 * Runs a scenario with the clock stopped inside one limiter window. Sliding windows weigh the
 * previous window by how much of it still overlaps, so a run that crossed a window boundary
 * could pass a request the scenario expects refused.
 */
export async function inOneWindow(scenario: () => Promise<void>) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Math.ceil(Date.now() / 60_000) * 60_000 + 5_000);
  try {
    await scenario();
  } finally {
    vi.useRealTimers();
  }
}

/** The 101st request in a minute from one token is refused with 429 and Retry-After; others pass. */
export const assertHundredAndFirstRequestRefused = () => inOneWindow(hundredAndFirstRefused);

async function hundredAndFirstRefused() {
  const [tenant, other] = [await createTenant(), await createTenant()];
  const statuses: number[] = [];
  let last: Awaited<ReturnType<typeof callRoute>> | null = null;
  for (let i = 0; i < 101; i++) {
    last = await callRoute(listPositions, { path: "/api/positions", token: tenant.token });
    statuses.push(last.status);
  }
  expect(statuses.slice(0, 100).every((status) => status === 200)).toBe(true);
  expect(last?.status).toBe(429);
  expect(last?.body).toMatchObject({ error: { code: "rate_limited" } });
  const retryAfter = Number(last?.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(last?.headers.get("x-ratelimit-limit")).toBe("100");
  expect(last?.headers.get("x-ratelimit-remaining")).toBe("0");

  const fresh = await callRoute(listPositions, { path: "/api/positions", token: other.token });
  expect(fresh.status).toBe(200);
  expect(fresh.headers.get("x-ratelimit-remaining")).toBe("99");
}

const junkToken = (prefix: string) => `${prefix}${randomBytes(32).toString("base64url")}`;

/** `Authorization` spellings the header grammar allows for one token. */
const spellings = (token: string) => [
  `Bearer ${token}`,
  `bearer ${token}`,
  `BEARER\t${token}`,
  `Bearer   ${token}`,
];

const fromIp = (ip: string, authorization?: string) =>
  callRoute(listPositions, {
    path: "/api/positions",
    headers: { "x-forwarded-for": ip, ...(authorization ? { authorization } : {}) },
  });

/** One token spelled four ways is one principal: the 101st request is refused, by cookie too. */
export const assertSpellingsShareOneBucket = () => inOneWindow(spellingsShareOneBucket);

async function spellingsShareOneBucket() {
  const tenant = await createTenant();
  const variants = spellings(tenant.token);
  const statuses: number[] = [];
  for (let i = 0; i < 100; i++) {
    statuses.push((await fromIp("203.0.113.10", variants[i % variants.length])).status);
  }
  expect(statuses.every((status) => status === 200)).toBe(true);
  for (const authorization of variants) {
    const refused = await fromIp("203.0.113.11", authorization);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: { code: "rate_limited" } });
  }
  // The same user signed in through the browser is the same principal.
  const cookie = await signInForCookie(tenant.recruiter.email);
  const bySession = await callRoute(listPositions, { path: "/api/positions", cookie });
  expect(bySession.status).toBe(429);
}

/** Junk tokens, each new and spelled any way, share their caller's bucket: 101st is a 429. */
export const assertJunkTokensReachTheLimit = () => inOneWindow(junkTokensReachTheLimit);

async function junkTokensReachTheLimit() {
  const statuses: number[] = [];
  for (let i = 0; i < 100; i++) {
    const token = [junkToken("ivk_"), junkToken("inv_"), `ivk_${i}`, `junk-${i}`][i % 4] ?? "";
    const spelled = spellings(token)[Math.floor(i / 4) % 4];
    statuses.push((await fromIp("203.0.113.20", spelled)).status);
  }
  expect(statuses.every((status) => status === 401)).toBe(true);
  const refused = await fromIp("203.0.113.20", `Bearer ${junkToken("ivk_")}`);
  expect(refused.status).toBe(429);
  expect(refused.body).toMatchObject({ error: { code: "rate_limited" } });
  // Another caller's allowance is untouched.
  expect((await fromIp("203.0.113.21", `Bearer ${junkToken("ivk_")}`)).status).toBe(401);
}

/**
 * Past RATE_LIMIT_PER_IP_PER_MINUTE (250 in these files) one address is refused before its
 * credential is looked at: a fresh valid token gets 429, and so does a junk one (not 401). The
 * leftmost X-Forwarded-For entries, which the client writes, do not open new buckets.
 */
export const assertIpLimitComesFirst = () => inOneWindow(ipLimitComesFirst);

async function ipLimitComesFirst() {
  const tenants = [await createTenant(), await createTenant(), await createTenant()];
  const statuses: number[] = [];
  for (let i = 0; i < 250; i++) {
    const result = await callRoute(listPositions, {
      path: "/api/positions",
      token: tenants[i % 3]?.token,
      headers: { "x-forwarded-for": `198.51.100.${i % 200}, 203.0.113.30` },
    });
    statuses.push(result.status);
  }
  expect(statuses.every((status) => status === 200)).toBe(true);
  const fresh = await createTenant();
  const refused = await fromIp("203.0.113.30", `Bearer ${fresh.token}`);
  expect(refused.status).toBe(429);
  expect(refused.headers.get("x-ratelimit-limit")).toBe("250");
  expect((await fromIp("203.0.113.30", `Bearer ${junkToken("ivk_")}`)).status).toBe(429);
  expect((await fromIp("203.0.113.31", `Bearer ${fresh.token}`)).status).toBe(200);
}
