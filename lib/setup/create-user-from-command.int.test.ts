import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { getDb } from "@/db/client";
import { accounts, members, users } from "@/db/schema";
import { createCompany } from "@/lib/db/companies";
import { callRoute } from "@/tests/support/call-route";
import { createTenant } from "@/tests/support/factories";
import { signInForCookie } from "@/tests/support/sign-in";
import { createUserFromCommand } from "./create-user-from-command";

let counter = 0;
const uniqueEmail = () => `person-${Date.now().toString(36)}-${counter++}@example.com`;
const origin = { origin: "http://localhost:3000" };

function tokenOf(url: string): string {
  const link = new URL(url);
  expect(`${link.origin}${link.pathname}`).toBe("http://localhost:3000/reset-password");
  return link.searchParams.get("token") ?? "";
}

const resetPassword = (token: string, newPassword: string) =>
  callRoute(authPost, {
    path: "/api/auth/reset-password",
    json: { token, newPassword },
    headers: origin,
  });

const signIn = (email: string, password: string) =>
  callRoute(authPost, {
    path: "/api/auth/sign-in/email",
    json: { email, password },
    headers: origin,
  });

async function roleIn(companyId: string, userId: string) {
  const db = await getDb();
  const [member] = await db
    .select({ role: members.role })
    .from(members)
    .where(and(eq(members.organizationId, companyId), eq(members.userId, userId)));
  return member?.role ?? null;
}

describe("createUserFromCommand (npm run user:create)", () => {
  it("creates an owner and a new workspace, whose set-password link works once through better-auth", async () => {
    const email = uniqueEmail();
    const result = await createUserFromCommand({
      email,
      name: "Grace",
      workspace: `Navy ${email}`,
      role: "owner",
    });
    expect(result.workspace?.isNew).toBe(true);
    expect(await roleIn(result.workspace?.id ?? "", result.userId)).toBe("owner");
    // No password yet: no credential account until the link is used.
    const db = await getDb();
    const accountsOf = () => db.select().from(accounts).where(eq(accounts.userId, result.userId));
    expect(await accountsOf()).toHaveLength(0);
    const link = result.setPasswordLink;
    if (!link) throw new Error("expected a set-password link");
    const lifetimeMs = link.expiresAt.getTime() - Date.now();
    expect(lifetimeMs).toBeGreaterThan(59 * 60 * 1000);
    expect(lifetimeMs).toBeLessThanOrEqual(60 * 60 * 1000);

    const token = tokenOf(link.url);
    expect((await signIn(email, "a-new-passphrase")).status).toBe(401);
    expect((await resetPassword(token, "a-new-passphrase")).status).toBe(200);
    expect(await accountsOf()).toEqual([expect.objectContaining({ providerId: "credential" })]);
    expect((await signIn(email, "a-new-passphrase")).status).toBe(200);

    const reused = await resetPassword(token, "another-passphrase");
    expect(reused.status).toBe(400);
    expect((await signIn(email, "another-passphrase")).status).toBe(401);
  });

  it("adds a new person to an existing workspace named by its id or its name", async () => {
    const tenant = await createTenant();
    const byId = await createUserFromCommand({
      email: uniqueEmail(),
      name: "Eva",
      workspace: tenant.company.id,
      role: "evaluator",
    });
    expect(byId.workspace).toMatchObject({ id: tenant.company.id, isNew: false });
    expect(await roleIn(tenant.company.id, byId.userId)).toBe("evaluator");

    const byName = await createUserFromCommand({
      email: uniqueEmail(),
      name: "Rex",
      workspace: tenant.company.name,
      role: "recruiter",
    });
    expect(byName.workspace?.id).toBe(tenant.company.id);
    expect(await roleIn(tenant.company.id, byName.userId)).toBe("recruiter");
  });

  it("adds an existing user with a password to another workspace without a link; their password still works", async () => {
    const tenant = await createTenant();
    const other = await createCompany({ name: `Agency client ${uniqueEmail()}` });
    const result = await createUserFromCommand({
      email: tenant.recruiter.email,
      name: "ignored",
      workspace: other.id,
      role: "admin",
    });
    expect(result).toMatchObject({ userId: tenant.recruiter.id, isNewUser: false });
    expect(result.setPasswordLink).toBeNull();
    expect(await roleIn(other.id, tenant.recruiter.id)).toBe("admin");
    await signInForCookie(tenant.recruiter.email);
  });

  it("refuses to add someone twice to a workspace, or to guess between two of one name", async () => {
    const tenant = await createTenant();
    await expect(
      createUserFromCommand({
        email: tenant.recruiter.email,
        name: "x",
        workspace: tenant.company.id,
        role: "evaluator",
      }),
    ).rejects.toThrow(/already a member/);
    expect(await roleIn(tenant.company.id, tenant.recruiter.id)).toBe("owner");

    const name = `Twin ${uniqueEmail()}`;
    await createCompany({ name });
    await createCompany({ name });
    await expect(
      createUserFromCommand({ email: uniqueEmail(), name: "x", workspace: name, role: "owner" }),
    ).rejects.toThrow(/give the id/);
  });

  it("refuses an id that names no workspace", async () => {
    await expect(
      createUserFromCommand({
        email: uniqueEmail(),
        name: "x",
        workspace: crypto.randomUUID(),
        role: "owner",
      }),
    ).rejects.toThrow(/No workspace/);
  });

  it("creates a platform operator in no workspace, with a set-password link", async () => {
    const email = uniqueEmail();
    const result = await createUserFromCommand({ email, name: "Ops", operator: true });
    const db = await getDb();
    const [user] = await db.select().from(users).where(eq(users.id, result.userId));
    expect(user?.role).toBe("operator");
    expect(await db.select().from(members).where(eq(members.userId, result.userId))).toEqual([]);
    const token = tokenOf(result.setPasswordLink?.url ?? "");
    expect((await resetPassword(token, "operator-passphrase")).status).toBe(200);
    expect((await signIn(email, "operator-passphrase")).status).toBe(200);
    await expect(createUserFromCommand({ email, name: "Ops", operator: true })).rejects.toThrow(
      /already has an account/,
    );
  });
});
