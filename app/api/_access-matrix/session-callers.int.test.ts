// What the matrix's bearer tokens cannot ask: minting workspace API tokens (sessions only) and
// better-auth's own member, invitation and workspace endpoints, each by every workspace role from
// a signed-in session. Only owners and admins manage the workspace; a refusal writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import * as apiTokens from "@/app/api/api-tokens/route";
import * as interviews from "@/app/api/interviews/route";
import { callRoute } from "@/tests/support/call-route";
import { signInForCookie } from "@/tests/support/sign-in";
import { callAuth, findMemberId } from "@/tests/workspaces/auth-calls";
import { expectRefused } from "./expect-refused";
import { createWorld, type World } from "./world";

type Role = keyof World["emails"];

let world: World;
const cookies = {} as Record<Role, string>;
beforeAll(async () => {
  world = await createWorld();
  for (const role of Object.keys(world.emails) as Role[]) {
    cookies[role] = await signInForCookie(world.emails[role]);
  }
});

const hiringTeamWithoutManagement = ["recruiter", "evaluatorAssigned"] as const;

describe("POST /api/api-tokens from a signed-in session", () => {
  const mint = (role: Role) => () =>
    callRoute(apiTokens.POST, {
      method: "POST",
      cookie: cookies[role],
      json: { name: `${role} token` },
    });

  it.each(hiringTeamWithoutManagement)(
    "refuses the %s: workspace tokens are for those who manage members",
    async (role) => {
      await expectRefused({ world, request: mint(role), status: 403 });
    },
  );

  it.each(["owner", "admin"] as const)("mints the %s a token of the workspace", async (role) => {
    const result = await mint(role)();
    expect(result.status).toBe(201);
    const { token } = result.body as { token: string };
    const listed = await callRoute(interviews.GET, { token, path: "/api/interviews" });
    expect(listed.status).toBe(200);
  });
});

describe("better-auth's workspace endpoints", () => {
  /** Refused for want of the permission (better-auth's `code` says so), and nothing written. */
  async function expectNotAllowed(
    request: () => ReturnType<typeof callAuth>,
    options: { code?: RegExp; status?: 401 | 403 } = {},
  ) {
    const status = options.status ?? 403;
    const result = await expectRefused({ world, request, status, isBetterAuth: true });
    expect((result.body as { code?: string }).code).toMatch(
      options.code ?? /^YOU_ARE_NOT_ALLOWED_TO_/,
    );
  }

  it.each(hiringTeamWithoutManagement)("refuses the %s an invitation", (role) =>
    expectNotAllowed(() =>
      callAuth("/organization/invite-member", {
        cookie: cookies[role],
        json: { email: `friend-${role}@example.com`, role: "admin" },
      }),
    ),
  );

  it.each(hiringTeamWithoutManagement)("refuses the %s a promotion of themselves", async (role) => {
    const userId = role === "recruiter" ? world.recruiterId : world.evaluatorAssignedId;
    const memberId = await findMemberId({ cookie: cookies.owner, userId });
    await expectNotAllowed(() =>
      callAuth("/organization/update-member-role", {
        cookie: cookies[role],
        json: { memberId, role: "owner" },
      }),
    );
  });

  // better-auth answers this one refusal 401 (its remove-member throws UNAUTHORIZED), not 403.
  it.each(hiringTeamWithoutManagement)("refuses the %s the removal of a teammate", async (role) => {
    const userId = role === "recruiter" ? world.evaluatorAssignedId : world.recruiterId;
    const memberIdOrEmail = await findMemberId({ cookie: cookies.owner, userId });
    await expectNotAllowed(
      () =>
        callAuth("/organization/remove-member", {
          cookie: cookies[role],
          json: { memberIdOrEmail },
        }),
      { status: 401 },
    );
  });

  it.each(hiringTeamWithoutManagement)("refuses the %s a rename of the workspace", (role) =>
    expectNotAllowed(() =>
      callAuth("/organization/update", {
        cookie: cookies[role],
        json: { data: { name: "Renamed by a teammate" } },
      }),
    ),
  );

  // The IdP decides who lands in the workspace: only its own owners and admins register one.
  it.each([...hiringTeamWithoutManagement, "otherWorkspace"] as const)(
    "refuses the %s an identity provider for the workspace",
    (role) =>
      expectNotAllowed(
        () =>
          callAuth("/sso/register", {
            cookie: cookies[role],
            json: {
              providerId: `matrix-${role}`,
              organizationId: world.companyId,
              issuer: "https://idp.example.com",
              domain: `${role.toLowerCase()}.example.com`,
              oidcConfig: { clientId: "matrix", clientSecret: "matrix-secret" },
            },
          }),
        { code: /^SSO_FORBIDDEN$/ },
      ),
  );

  it("lets the admin invite", async () => {
    const invited = await callAuth("/organization/invite-member", {
      cookie: cookies.admin,
      json: { email: "friend-of-admin@example.com", role: "evaluator" },
    });
    expect(invited.status).toBe(200);
  });
});
