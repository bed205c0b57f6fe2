import { beforeAll, describe, expect, it } from "vitest";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { createInvitedInterview, createOperator, createTenant } from "@/tests/support/factories";
import { signInForCookie } from "@/tests/support/sign-in";
import { GET } from "./route";

let tokens: { recruiter: string; operator: string; candidate: string };
let recruiterEmail: string;

beforeAll(async () => {
  const tenant = await createTenant();
  const { token: operator } = await createOperator();
  const { inviteToken } = await createInvitedInterview(tenant);
  tokens = { recruiter: tenant.token, operator, candidate: inviteToken };
  recruiterEmail = tenant.recruiter.email;
});

const read = (options: { token?: string; cookie?: string } = {}) =>
  callRoute(GET, { path: "/api/openapi.json", ...options });

describe("GET /api/openapi.json", () => {
  it("gives a recruiter's API token the OpenAPI 3.1 document, uncached", async () => {
    const result = await read({ token: tokens.recruiter });
    expect(result.status).toBe(200);
    expect(result.headers.get("content-type")).toMatch(/^application\/json/);
    expect(result.headers.get("cache-control")).toBe("no-store");
    expect(result.body).toMatchObject({
      openapi: expect.stringMatching(/^3\.1\./),
      paths: { "/api/interviews": { post: expect.any(Object) } },
    });
  });

  it("gives it to an operator, and to a signed-in session under the cookie the document names", async () => {
    expect((await read({ token: tokens.operator })).status).toBe(200);
    const cookie = await signInForCookie(recruiterEmail);
    const result = await read({ cookie });
    expect(result.status).toBe(200);
    const document = result.body as {
      components: { securitySchemes: { sessionCookie: { name: string } } };
    };
    const cookieName = document.components.securitySchemes.sessionCookie.name;
    expect(cookie.split("; ").map((pair) => pair.split("=")[0])).toContain(cookieName);
  });

  it("refuses anonymous callers with 401 and candidates with 403, in the error envelope", async () => {
    const anonymous = await read();
    expect(anonymous.status).toBe(401);
    expect(errorCode(anonymous)).toBe("unauthorized");
    const candidate = await read({ token: tokens.candidate });
    expect(candidate.status).toBe(403);
    expect(errorCode(candidate)).toBe("forbidden");
  });
});
