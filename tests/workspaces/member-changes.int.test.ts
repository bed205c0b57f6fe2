import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET as readInterview } from "@/app/api/interviews/[id]/route";
import { POST as createPosition } from "@/app/api/positions/route";
import { getDb } from "@/db/client";
import { members, positionAssignments, type WorkspaceRole } from "@/db/schema";
import { createApiToken } from "@/lib/db/api-tokens";
import { createWorkspaceUser } from "@/lib/workspaces/create-workspace-user";
import { callRoute } from "@/tests/support/call-route";
import {
  createInvitedInterview,
  createTenant,
  type Tenant,
  testPassword,
} from "@/tests/support/factories";
import { signInForCookie } from "@/tests/support/sign-in";
import { callAuth, findMemberId } from "./auth-calls";

async function signedInTeammate(tenant: Tenant, role: WorkspaceRole) {
  const { user } = await createWorkspaceUser({
    email: `${role}-${crypto.randomUUID()}@example.com`,
    name: `A ${role}`,
    password: testPassword,
    workspace: { companyId: tenant.company.id },
    role,
  });
  const { token } = await createApiToken({
    userId: user.id,
    companyId: tenant.company.id,
    name: "t",
  });
  return { user, token, cookie: await signInForCookie(user.email) };
}

async function roleOf(tenant: Tenant, userId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ role: members.role })
    .from(members)
    .where(and(eq(members.organizationId, tenant.company.id), eq(members.userId, userId)));
  return row?.role ?? null;
}

const newPosition = { title: "Data", competencies: ["ownership"] };

describe("a role change counts from the member's very next request", () => {
  it("demotes a recruiter to evaluator: the next request by session or token can no longer open positions or unassigned interviews", async () => {
    const tenant = await createTenant();
    const ownerCookie = await signInForCookie(tenant.recruiter.email);
    const recruiter = await signedInTeammate(tenant, "recruiter");
    const { interview } = await createInvitedInterview(tenant);
    const read = (credential: { cookie?: string; token?: string }) =>
      callRoute(readInterview, { ...credential, params: { id: interview.id } });
    const open = (credential: { cookie?: string; token?: string }) =>
      callRoute(createPosition, { ...credential, json: newPosition });
    // Both credentials used once: the membership is cached.
    expect((await read({ cookie: recruiter.cookie })).status).toBe(200);
    expect((await open({ token: recruiter.token })).status).toBe(201);

    const memberId = await findMemberId({ cookie: ownerCookie, userId: recruiter.user.id });
    const demoted = await callAuth("/organization/update-member-role", {
      cookie: ownerCookie,
      json: { memberId, role: "evaluator" },
    });
    expect(demoted.status).toBe(200);

    expect((await read({ cookie: recruiter.cookie })).status).toBe(404);
    expect((await read({ token: recruiter.token })).status).toBe(404);
    expect((await open({ cookie: recruiter.cookie })).status).toBe(403);
    expect((await open({ token: recruiter.token })).status).toBe(403);

    const promoted = await callAuth("/organization/update-member-role", {
      cookie: ownerCookie,
      json: { memberId, role: "recruiter" },
    });
    expect(promoted.status).toBe(200);
    expect((await read({ token: recruiter.token })).status).toBe(200);
  });
});

describe("the last owner", () => {
  it("cannot leave, be removed or be demoted; with a second owner, the first can be demoted", async () => {
    const tenant = await createTenant();
    const ownerCookie = await signInForCookie(tenant.recruiter.email);
    const ownerMemberId = await findMemberId({ cookie: ownerCookie, userId: tenant.recruiter.id });
    const attempts = [
      callAuth("/organization/leave", {
        cookie: ownerCookie,
        json: { organizationId: tenant.company.id },
      }),
      callAuth("/organization/remove-member", {
        cookie: ownerCookie,
        json: { memberIdOrEmail: tenant.recruiter.email },
      }),
      callAuth("/organization/update-member-role", {
        cookie: ownerCookie,
        json: { memberId: ownerMemberId, role: "admin" },
      }),
    ];
    for (const attempt of attempts) expect((await attempt).status).toBe(400);
    expect(await roleOf(tenant, tenant.recruiter.id)).toBe("owner");

    // An admin cannot remove or demote the owner either.
    const admin = await signedInTeammate(tenant, "admin");
    const byAdmin = await callAuth("/organization/update-member-role", {
      cookie: admin.cookie,
      json: { memberId: ownerMemberId, role: "evaluator" },
    });
    expect(byAdmin.status).toBe(403);
    const removedByAdmin = await callAuth("/organization/remove-member", {
      cookie: admin.cookie,
      json: { memberIdOrEmail: tenant.recruiter.email },
    });
    // better-auth answers 400 ("only owner") when a non-owner tries to remove an owner.
    expect(removedByAdmin.status).toBe(400);
    expect(await roleOf(tenant, tenant.recruiter.id)).toBe("owner");

    const second = await signedInTeammate(tenant, "owner");
    const demoted = await callAuth("/organization/update-member-role", {
      cookie: second.cookie,
      json: { memberId: ownerMemberId, role: "admin" },
    });
    expect(demoted.status).toBe(200);
    expect(await roleOf(tenant, tenant.recruiter.id)).toBe("admin");
  });
});

describe("roles and assignments", () => {
  it("refuses a list of roles or an unknown one, when inviting and when changing a role", async () => {
    const tenant = await createTenant();
    const ownerCookie = await signInForCookie(tenant.recruiter.email);
    const recruiter = await signedInTeammate(tenant, "recruiter");
    const memberId = await findMemberId({ cookie: ownerCookie, userId: recruiter.user.id });
    for (const role of ["admin,recruiter", "superuser", ["admin", "owner"]]) {
      const changed = await callAuth("/organization/update-member-role", {
        cookie: ownerCookie,
        json: { memberId, role },
      });
      expect(changed.status).toBe(400);
      const invited = await callAuth("/organization/invite-member", {
        cookie: ownerCookie,
        json: { email: `x-${crypto.randomUUID()}@example.com`, role },
      });
      expect(invited.status).toBe(400);
    }
    expect(await roleOf(tenant, recruiter.user.id)).toBe("recruiter");
  });

  it("drops a removed evaluator's position assignments, so being invited back grants nothing", async () => {
    const tenant = await createTenant();
    const ownerCookie = await signInForCookie(tenant.recruiter.email);
    const evaluator = await signedInTeammate(tenant, "evaluator");
    const db = await getDb();
    await db
      .insert(positionAssignments)
      .values({ positionId: tenant.position.id, userId: evaluator.user.id });
    const memberId = await findMemberId({ cookie: ownerCookie, userId: evaluator.user.id });
    const removed = await callAuth("/organization/remove-member", {
      cookie: ownerCookie,
      json: { memberIdOrEmail: memberId },
    });
    expect(removed.status).toBe(200);
    const left = await db
      .select()
      .from(positionAssignments)
      .where(eq(positionAssignments.userId, evaluator.user.id));
    expect(left).toEqual([]);
  });
});
