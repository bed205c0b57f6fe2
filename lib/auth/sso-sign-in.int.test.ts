import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...all]/route";
import { getDb } from "@/db/client";
import { ssoProviders, users } from "@/db/schema";
import { getAuth } from "@/lib/auth/better-auth";
import { listWorkspaceSsoProviders } from "@/lib/auth/sso-providers";
import { getMembership } from "@/lib/db/members";
import { createWorkspaceUser } from "@/lib/workspaces/create-workspace-user";
import { callRoute } from "@/tests/support/call-route";
import { addTeammate, createTenant, type Tenant, testPassword } from "@/tests/support/factories";
import { followIdpRedirects } from "@/tests/support/follow-sso-redirects";
import { type OidcTestProvider, startOidcTestProvider } from "@/tests/support/oidc-test-provider";
import { signInForCookie } from "@/tests/support/sign-in";

const appOrigin = "http://localhost:3000";
const providerId = "acme-okta";
const domain = "acme-sso.test";

let idp: OidcTestProvider;
let workspace: Tenant;
let ownerCookie: string;

const cookiesOf = (headers: Headers) =>
  headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .join("; ");

function registerBody(overrides: Record<string, unknown> = {}) {
  return {
    providerId,
    issuer: idp.issuer,
    domain,
    organizationId: workspace.company.id,
    defaultRole: "recruiter",
    oidcConfig: { clientId: idp.clientId, clientSecret: idp.clientSecret },
    ...overrides,
  };
}

/** A browser signing in with its work email: app → IdP login and consent → app callback. */
async function signInWithSso(email: string) {
  const start = await callRoute(authPost, {
    path: "/api/auth/sign-in/sso",
    json: { email, callbackURL: "/dashboard", errorCallbackURL: "/sign-in" },
    headers: { origin: appOrigin },
  });
  expect(start.status).toBe(200);
  const { url } = start.body as { url: string };
  const back = await followIdpRedirects({ authorizationUrl: url, appOrigin });
  const callback = await callRoute(authGet, {
    method: "GET",
    path: `${back.pathname}${back.search}`,
    cookie: cookiesOf(start.headers),
    sameOriginHeaders: false,
  });
  return { callback, location: callback.headers.get("location") ?? "" };
}

async function sessionOf(cookie: string) {
  const auth = await getAuth();
  return auth.api.getSession({ headers: new Headers({ cookie }) });
}

beforeAll(async () => {
  idp = await startOidcTestProvider({
    redirectUris: [`${appOrigin}/api/auth/sso/callback/${providerId}`],
  });
  workspace = await createTenant();
  ownerCookie = await signInForCookie(workspace.recruiter.email);
});

afterAll(async () => {
  await idp?.stop();
});

describe("single sign-on through a workspace's OIDC provider", () => {
  it("refuses a recruiter of the workspace who tries to register a provider (403)", async () => {
    const { user } = await addTeammate(workspace, "recruiter");
    const result = await callRoute(authPost, {
      path: "/api/auth/sso/register",
      cookie: await signInForCookie(user.email),
      json: registerBody(),
    });
    expect(result.status).toBe(403);
    expect(await listWorkspaceSsoProviders({ companyId: workspace.company.id })).toEqual([]);
  });

  it("refuses an owner of another workspace registering for this one (403)", async () => {
    const other = await createTenant();
    const result = await callRoute(authPost, {
      path: "/api/auth/sso/register",
      cookie: await signInForCookie(other.recruiter.email),
      json: registerBody(),
    });
    expect(result.status).toBe(403);
  });

  it("refuses a registration without a workspace, with an owner default role or a private issuer (400)", async () => {
    const cases = [
      { overrides: { organizationId: undefined }, code: "INVALID_SSO_PROVIDER" },
      { overrides: { defaultRole: "owner" }, code: "INVALID_SSO_PROVIDER" },
      // Cloud metadata: a workspace admin must not make the server fetch from its network.
      {
        overrides: {
          providerId: "metadata",
          domain: "metadata.test",
          issuer: "http://169.254.169.254",
        },
        code: "SSO_ISSUER_PRIVATE",
      },
    ];
    for (const { overrides, code } of cases) {
      const result = await callRoute(authPost, {
        path: "/api/auth/sso/register",
        cookie: ownerCookie,
        json: registerBody(overrides),
      });
      expect(result.status).toBe(400);
      expect(result.body).toMatchObject({ code });
    }
  });

  it("lets the owner register the IdP, and never answers or stores the secret in a view", async () => {
    const result = await callRoute(authPost, {
      path: "/api/auth/sso/register",
      cookie: ownerCookie,
      json: registerBody(),
    });
    expect(result.status).toBe(200);
    expect(JSON.stringify(result.body)).not.toContain(idp.clientSecret);
    expect(result.body).toMatchObject({ providerId, domain, organizationId: workspace.company.id });
    const views = await listWorkspaceSsoProviders({ companyId: workspace.company.id });
    expect(views).toEqual([
      expect.objectContaining({ providerId, issuer: idp.issuer, domain, defaultRole: "recruiter" }),
    ]);
    expect(JSON.stringify(views)).not.toContain(idp.clientSecret);
  });

  it("refuses a second provider for a domain another provider already has (409)", async () => {
    const other = await createTenant();
    const result = await callRoute(authPost, {
      path: "/api/auth/sso/register",
      cookie: await signInForCookie(other.recruiter.email),
      json: registerBody({ providerId: "squatter", organizationId: other.company.id }),
    });
    expect(result.status).toBe(409);
  });

  it("signs a new person of the domain in through the IdP as a recruiter of the workspace", async () => {
    const email = `dana@${domain}`;
    idp.signInAs({ sub: "dana-1", email, name: "Dana Kim" });
    const { callback, location } = await signInWithSso(email);
    expect(callback.status).toBe(302);
    expect(location).toBe("/dashboard");
    const found = await sessionOf(cookiesOf(callback.headers));
    expect(found?.user.email).toBe(email);
    expect(found?.session.activeOrganizationId).toBe(workspace.company.id);
    const membership = await getMembership({
      companyId: workspace.company.id,
      userId: found?.user.id ?? "",
    });
    expect(membership?.role).toBe("recruiter");
  });

  it("does not put back a member an owner removed when they sign in through the IdP again", async () => {
    const email = `dana@${domain}`;
    const db = await getDb();
    const [dana] = await db.select().from(users).where(eq(users.email, email));
    const removed = await callRoute(authPost, {
      path: "/api/auth/organization/remove-member",
      cookie: ownerCookie,
      json: { memberIdOrEmail: email, organizationId: workspace.company.id },
    });
    expect(removed.status).toBe(200);
    idp.signInAs({ sub: "dana-1", email, name: "Dana Kim" });
    const { location } = await signInWithSso(email);
    expect(location).toBe("/dashboard");
    expect(await getMembership({ companyId: workspace.company.id, userId: dana?.id ?? "" })).toBe(
      null,
    );
  });

  it("leaves a password account of the domain to its password: SSO does not take it over", async () => {
    const other = await createTenant();
    const email = `pat@${domain}`;
    const { user } = await createWorkspaceUser({
      email,
      name: "Pat",
      password: testPassword,
      workspace: { companyId: other.company.id },
      role: "recruiter",
    });
    idp.signInAs({ sub: "pat-1", email, name: "Pat" });
    const { location } = await signInWithSso(email);
    expect(location).toBe("/sign-in?error=account+not+linked");
    expect(await getMembership({ companyId: workspace.company.id, userId: user.id })).toBe(null);
  });

  it("does not let someone of another domain in through the workspace's IdP", async () => {
    const email = `mallory@elsewhere.test`;
    idp.signInAs({ sub: "mallory-1", email, name: "Mallory" });
    const start = await callRoute(authPost, {
      path: "/api/auth/sign-in/sso",
      json: { providerId, callbackURL: "/dashboard", errorCallbackURL: "/sign-in" },
      headers: { origin: appOrigin },
    });
    const back = await followIdpRedirects({
      authorizationUrl: (start.body as { url: string }).url,
      appOrigin,
    });
    const callback = await callRoute(authGet, {
      method: "GET",
      path: `${back.pathname}${back.search}`,
      cookie: cookiesOf(start.headers),
      sameOriginHeaders: false,
    });
    expect(callback.headers.get("location")).toMatch(/^\/sign-in\?error=/);
    expect(cookiesOf(callback.headers)).not.toMatch(/session_token=[^;]+/);
    const db = await getDb();
    expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
  });

  it("never sends a browser to the IdP's origin after sign-in: it is trusted only to sign in", async () => {
    const ssoStart = await callRoute(authPost, {
      path: "/api/auth/sign-in/sso",
      json: { providerId, callbackURL: `${idp.issuer}/after` },
      headers: { origin: appOrigin },
    });
    expect(ssoStart.status).toBe(403);
    // Every other endpoint (redirects, origin checks) judges by the app's own list.
    const context = await (await getAuth()).$context;
    expect(context.trustedOrigins).not.toContain(idp.issuer);
  });

  it("keeps the role when the owner updates the provider, and lets only them delete it", async () => {
    const update = await callRoute(authPost, {
      path: "/api/auth/sso/update-provider",
      cookie: ownerCookie,
      json: { providerId, defaultRole: "evaluator" },
    });
    expect(update.status).toBe(200);
    const [view] = await listWorkspaceSsoProviders({ companyId: workspace.company.id });
    expect(view?.defaultRole).toBe("evaluator");
    const { user } = await addTeammate(workspace, "evaluator");
    const refused = await callRoute(authPost, {
      path: "/api/auth/sso/delete-provider",
      cookie: await signInForCookie(user.email),
      json: { providerId },
    });
    expect(refused.status).toBe(403);
    const db = await getDb();
    expect(await db.select().from(ssoProviders)).toHaveLength(1);
  });
});
