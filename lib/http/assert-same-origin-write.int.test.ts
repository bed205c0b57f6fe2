import { describe, expect, it } from "vitest";
import { POST as expireInvite } from "@/app/api/interviews/[id]/expire/route";
import { POST as reissueInvite } from "@/app/api/interviews/[id]/invite/route";
import { GET as getInterview } from "@/app/api/interviews/[id]/route";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createInvitedInterview, createTenant } from "@/tests/support/factories";
import { signInForCookie } from "@/tests/support/sign-in";

async function signedInRecruiterWithInvite() {
  const tenant = await createTenant();
  const { interview } = await createInvitedInterview(tenant);
  const cookie = await signInForCookie(tenant.recruiter.email);
  return { tenant, cookie, params: { id: interview.id } };
}

const statusOf = async (tenant: { token: string }, params: { id: string }) =>
  ((await callRoute(getInterview, { token: tenant.token, params })).body as { status: string })
    .status;

describe("cookie-authenticated writes from another site", () => {
  it.each([
    [
      "a cross-site page (fetch metadata)",
      { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    ],
    [
      "a sibling subdomain",
      { origin: "https://evil.localhost:3000", "sec-fetch-site": "same-site" },
    ],
    ["a browser without fetch metadata on another origin", { origin: "https://evil.example" }],
    ["a request with neither Origin nor fetch metadata", {}],
    ["an opaque origin", { origin: "null" }],
  ])(
    "refuses the body-less expire POST from %s with 403 and changes nothing",
    async (_label, headers) => {
      const { tenant, cookie, params } = await signedInRecruiterWithInvite();
      const result = await callRoute(expireInvite, {
        method: "POST",
        cookie,
        params,
        headers,
        sameOriginHeaders: false,
      });
      expect(result.status).toBe(403);
      expect(errorCode(result)).toBe("forbidden");
      expect(await statusOf(tenant, params)).toBe("invited");
    },
  );

  it("refuses the body-less invite re-issue POST from a cross-site page", async () => {
    const { cookie, params } = await signedInRecruiterWithInvite();
    const result = await callRoute(reissueInvite, {
      method: "POST",
      cookie,
      params,
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(result.status).toBe(403);
    expect(errorCode(result)).toBe("forbidden");
  });
});

describe("writes the app's own pages and API clients make", () => {
  it("accepts a cookie write the browser marks same-origin", async () => {
    const { tenant, cookie, params } = await signedInRecruiterWithInvite();
    const result = await callRoute(expireInvite, {
      method: "POST",
      cookie,
      params,
      headers: { "sec-fetch-site": "same-origin", origin: "http://localhost:3000" },
    });
    expect(result.status).toBe(200);
    expect(await statusOf(tenant, params)).toBe("expired");
  });

  it("accepts a cookie write whose Origin is APP_URL's when the browser sends no fetch metadata", async () => {
    const { cookie, params } = await signedInRecruiterWithInvite();
    const result = await callRoute(reissueInvite, {
      method: "POST",
      cookie,
      params,
      headers: { origin: "http://localhost:3000" },
    });
    expect(result.status).toBe(200);
  });

  it("accepts a bearer-token write whatever Origin it carries", async () => {
    const { tenant, params } = await signedInRecruiterWithInvite();
    const result = await callRoute(expireInvite, {
      method: "POST",
      token: tenant.token,
      params,
      headers: { origin: "https://elsewhere.example", "sec-fetch-site": "cross-site" },
    });
    expect(result.status).toBe(200);
  });

  it("leaves cookie reads alone: a cross-site GET is answered", async () => {
    const { cookie, params } = await signedInRecruiterWithInvite();
    const result = await callRoute(getInterview, {
      cookie,
      params,
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(result.status).toBe(200);
  });
});
