import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { GET as listPositions } from "@/app/api/positions/route";
import { getDb } from "@/db/client";
import { invitations, members, users } from "@/db/schema";
import { callRoute, errorCode } from "@/tests/support/call-route";
import { countRows } from "@/tests/support/count-rows";
import { createTenant, testPassword } from "@/tests/support/factories";
import { signInForCookie } from "@/tests/support/sign-in";
import { callAuth, inviteMember } from "@/tests/workspaces/auth-calls";
import { POST as accept } from "./[id]/accept/route";
import { GET as readInvitation } from "./[id]/route";

const newAddress = (label: string) => `${label}-${crypto.randomUUID()}@example.com`;

async function invitedWorld(role = "evaluator") {
  const tenant = await createTenant();
  const ownerCookie = await signInForCookie(tenant.recruiter.email);
  const email = newAddress("invitee");
  const invitationId = await inviteMember({ cookie: ownerCookie, email, role });
  return { tenant, ownerCookie, email, invitationId };
}

const read = (id: string) =>
  callRoute(readInvitation, { path: `/api/invitations/${id}`, params: { id } });

const acceptAsNew = (id: string, json: unknown = { name: "Ivy Invitee", password: testPassword }) =>
  callRoute(accept, { path: `/api/invitations/${id}/accept`, params: { id }, json });

async function membershipsOf(email: string) {
  const db = await getDb();
  return db
    .select({ companyId: members.organizationId, role: members.role })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(users.email, email));
}

async function setInvitation(id: string, values: Partial<typeof invitations.$inferInsert>) {
  const db = await getDb();
  await db.update(invitations).set(values).where(eq(invitations.id, id));
}

describe("GET /api/invitations/{id}", () => {
  it("shows the link holder the workspace, inviter, address, role, expiry and that no account exists", async () => {
    const { tenant, email, invitationId } = await invitedWorld();
    const result = await read(invitationId);
    expect(result.status).toBe(200);
    const { invitation, accountExists } = result.body as {
      invitation: Record<string, string>;
      accountExists: boolean;
    };
    expect(invitation).toMatchObject({
      id: invitationId,
      workspaceName: tenant.company.name,
      inviterName: tenant.recruiter.name,
      email,
      role: "evaluator",
      status: "pending",
    });
    const daysLeft = (Date.parse(invitation.expiresAt ?? "") - Date.now()) / 86_400_000;
    expect(daysLeft).toBeGreaterThan(6.9);
    expect(daysLeft).toBeLessThanOrEqual(7);
    expect(accountExists).toBe(false);
  });

  it("answers 404 for an unknown or malformed id, and says `expired` for a pending one past its date", async () => {
    expect(errorCode(await read(crypto.randomUUID()))).toBe("not_found");
    expect((await read("not-a-uuid")).status).toBe(404);
    const { invitationId } = await invitedWorld();
    await setInvitation(invitationId, { expiresAt: new Date(Date.now() - 1000) });
    expect((await read(invitationId)).body).toMatchObject({ invitation: { status: "expired" } });
  });
});

describe("POST /api/invitations/{id}/accept (no account yet)", () => {
  it("creates a verified account in the workspace with the invited role, and the invitee signs in to it", async () => {
    const { tenant, email, invitationId } = await invitedWorld();
    const result = await acceptAsNew(invitationId);
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({
      user: { email, name: "Ivy Invitee" },
      workspace: { id: tenant.company.id, name: tenant.company.name },
      role: "evaluator",
    });
    expect(await membershipsOf(email)).toEqual([
      { companyId: tenant.company.id, role: "evaluator" },
    ]);
    expect((await read(invitationId)).body).toMatchObject({
      invitation: { status: "accepted" },
      accountExists: true,
    });

    // Verified by the mailed link: requireEmailVerification does not stop the sign-in.
    const cookie = await signInForCookie(email);
    const positions = await callRoute(listPositions, { cookie });
    // An evaluator in the workspace, assigned to nothing yet.
    expect(positions).toMatchObject({ status: 200, body: { positions: [] } });
  });

  it("refuses a replayed accept and one of two racing accepts with 409, leaving one membership", async () => {
    const { email, invitationId } = await invitedWorld();
    expect((await acceptAsNew(invitationId)).status).toBe(201);
    const replay = await acceptAsNew(invitationId, { name: "Mallory", password: "another-pass-1" });
    expect(replay.status).toBe(409);

    const raced = await invitedWorld();
    const statuses = await Promise.all([
      acceptAsNew(raced.invitationId),
      acceptAsNew(raced.invitationId),
    ]);
    expect(statuses.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await membershipsOf(email)).toHaveLength(1);
    expect(await membershipsOf(raced.email)).toHaveLength(1);
  });

  it("tells an invitee whose address has an account to sign in (409), creating nothing", async () => {
    const other = await createTenant();
    const { tenant, ownerCookie } = await invitedWorld();
    const invitationId = await inviteMember({
      cookie: ownerCookie,
      email: other.recruiter.email,
      role: "recruiter",
    });
    expect((await read(invitationId)).body).toMatchObject({ accountExists: true });
    const usersBefore = await countRows(users);
    const result = await acceptAsNew(invitationId);
    expect(result.status).toBe(409);
    expect((result.body as { error: { message: string } }).error.message).toMatch(/sign in/);
    expect(await countRows(users)).toBe(usersBefore);
    const joined = (await membershipsOf(other.recruiter.email)).map((row) => row.companyId);
    expect(joined).not.toContain(tenant.company.id);
  });

  it("refuses an expired, a withdrawn and a superseded invitation with 409", async () => {
    const expired = await invitedWorld();
    await setInvitation(expired.invitationId, { expiresAt: new Date(Date.now() - 1000) });
    expect(await acceptAsNew(expired.invitationId)).toMatchObject({ status: 409 });

    const withdrawn = await invitedWorld();
    const cancel = await callAuth("/organization/cancel-invitation", {
      cookie: withdrawn.ownerCookie,
      json: { invitationId: withdrawn.invitationId },
    });
    expect(cancel.status).toBe(200);
    expect(await acceptAsNew(withdrawn.invitationId)).toMatchObject({ status: 409 });

    // Inviting the address again cancels the earlier link (cancelPendingInvitationsOnReInvite).
    const resent = await invitedWorld();
    const newId = await inviteMember({
      cookie: resent.ownerCookie,
      email: resent.email,
      role: "evaluator",
    });
    expect(await acceptAsNew(resent.invitationId)).toMatchObject({ status: 409 });
    expect(await acceptAsNew(newId)).toMatchObject({ status: 201 });
    for (const world of [expired, withdrawn]) expect(await membershipsOf(world.email)).toEqual([]);
  });

  it("answers bad input with 4xx and writes nothing: short password, unknown keys, huge or non-JSON bodies, unknown id", async () => {
    const { invitationId } = await invitedWorld();
    const usersBefore = await countRows(users);
    const cases = [
      { json: { name: "Ivy", password: "short" }, status: 422 },
      { json: { name: "Ivy", password: testPassword, role: "owner" }, status: 422 },
      { json: { name: "", password: testPassword }, status: 422 },
      { json: { name: "x".repeat(10_000), password: testPassword }, status: 413 },
    ];
    for (const { json, status } of cases) {
      expect((await acceptAsNew(invitationId, json)).status).toBe(status);
    }
    const plain = await callRoute(accept, {
      path: `/api/invitations/${invitationId}/accept`,
      params: { id: invitationId },
      body: "name=Ivy",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(plain.status).toBe(415);
    expect((await acceptAsNew(crypto.randomUUID())).status).toBe(404);
    expect(await countRows(users)).toBe(usersBefore);
    expect((await read(invitationId)).body).toMatchObject({ invitation: { status: "pending" } });
  });
});

describe("accepting with an account: better-auth's /organization/accept-invitation", () => {
  async function existingUserInvited() {
    const world = await invitedWorld();
    const invitee = await createTenant();
    const invitationId = await inviteMember({
      cookie: world.ownerCookie,
      email: invitee.recruiter.email,
      role: "evaluator",
    });
    return { ...world, invitee, invitationId };
  }

  it("lets the invited address join after signing in, and makes the workspace their active one", async () => {
    const { tenant, invitee, invitationId } = await existingUserInvited();
    const cookie = await signInForCookie(invitee.recruiter.email);
    const result = await callAuth("/organization/accept-invitation", {
      cookie,
      json: { invitationId },
    });
    expect(result.status).toBe(200);
    expect(await membershipsOf(invitee.recruiter.email)).toContainEqual({
      companyId: tenant.company.id,
      role: "evaluator",
    });
  });

  it("refuses another account than the invited one, an expired and a withdrawn invitation", async () => {
    const { tenant, ownerCookie, invitee, invitationId } = await existingUserInvited();
    const stranger = await createTenant();
    const strangerCookie = await signInForCookie(stranger.recruiter.email);
    const wrongPerson = await callAuth("/organization/accept-invitation", {
      cookie: strangerCookie,
      json: { invitationId },
    });
    expect(wrongPerson.status).toBe(403);

    const inviteeCookie = await signInForCookie(invitee.recruiter.email);
    await setInvitation(invitationId, { expiresAt: new Date(Date.now() - 1000) });
    const expired = await callAuth("/organization/accept-invitation", {
      cookie: inviteeCookie,
      json: { invitationId },
    });
    expect(expired.status).toBe(400);

    await setInvitation(invitationId, { expiresAt: new Date(Date.now() + 86_400_000) });
    await callAuth("/organization/cancel-invitation", {
      cookie: ownerCookie,
      json: { invitationId },
    });
    const withdrawn = await callAuth("/organization/accept-invitation", {
      cookie: inviteeCookie,
      json: { invitationId },
    });
    expect(withdrawn.status).toBe(400);
    const db = await getDb();
    const joined = await db
      .select()
      .from(members)
      .where(
        and(
          eq(members.organizationId, tenant.company.id),
          eq(members.userId, stranger.recruiter.id),
        ),
      );
    expect(joined).toEqual([]);
    expect(
      (await membershipsOf(invitee.recruiter.email)).map((row) => row.companyId),
    ).not.toContain(tenant.company.id);
  });

  it("expires after 7 days by the clock, not only by an edited date", async () => {
    const { invitee, invitationId } = await existingUserInvited();
    const invitedAt = Date.now();
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(invitedAt + 7 * 86_400_000 - 60_000);
      expect((await read(invitationId)).body).toMatchObject({ invitation: { status: "pending" } });
      vi.setSystemTime(invitedAt + 7 * 86_400_000 + 60_000);
      // Signed in a week later (a session of a week ago would itself have expired).
      const cookie = await signInForCookie(invitee.recruiter.email);
      const late = await callAuth("/organization/accept-invitation", {
        cookie,
        json: { invitationId },
      });
      expect(late.status).toBe(400);
      expect(late.body).toMatchObject({ code: "INVITATION_NOT_FOUND" });
      expect((await read(invitationId)).body).toMatchObject({ invitation: { status: "expired" } });
    } finally {
      vi.useRealTimers();
    }
  });
});
