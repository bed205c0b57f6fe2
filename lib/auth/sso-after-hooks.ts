import "server-only";
import type { createAuthMiddleware } from "better-auth/api";
import { getMembership } from "@/lib/db/members";
import { findSsoProvider, saveSsoDefaultRole } from "./sso-providers";
import { fallbackSsoRole, ssoDefaultRoleSchema } from "./sso-schemas";

type AuthContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

const isSuccess = (returned: unknown): returned is Record<string, unknown> =>
  typeof returned === "object" && returned !== null && !(returned instanceof Error);

/** better-auth echoes the stored OIDC config, client secret included: it never leaves the server. */
export function withoutClientSecret(returned: Record<string, unknown>) {
  const config = returned.oidcConfig;
  if (typeof config !== "object" || config === null) return returned;
  const { clientSecret: _secret, ...rest } = config as Record<string, unknown>;
  return { ...returned, oidcConfig: rest };
}

// POST /sso/register and /sso/update-provider – keep the chosen role, answer without the secret.
export async function afterSsoProviderSaved(ctx: AuthContext) {
  const returned = ctx.context.returned;
  if (!isSuccess(returned)) return;
  const providerId = ctx.body?.providerId;
  const role = ssoDefaultRoleSchema.safeParse(ctx.body?.defaultRole);
  if (typeof providerId === "string" && (role.success || ctx.path === "/sso/register")) {
    await saveSsoDefaultRole({
      providerId,
      defaultRole: role.success ? role.data : fallbackSsoRole,
    });
  }
  return ctx.json(withoutClientSecret(returned));
}

// GET /sso/callback/:providerId – signing in through a workspace's IdP lands in that workspace.
export async function afterSsoCallback(ctx: AuthContext) {
  const created = ctx.context.newSession;
  const providerId = ctx.params?.providerId;
  if (!created || typeof providerId !== "string") return;
  const provider = await findSsoProvider({ providerId });
  const companyId = provider?.organizationId;
  if (!companyId || created.session.activeOrganizationId === companyId) return;
  if (!(await getMembership({ companyId, userId: created.user.id }))) return;
  await ctx.context.internalAdapter.updateSession(created.session.token, {
    activeOrganizationId: companyId,
  });
}

/** The SSO endpoints' after-steps; undefined for every other endpoint. */
export async function afterSsoEndpoint(ctx: AuthContext) {
  if (ctx.path === "/sso/register" || ctx.path === "/sso/update-provider") {
    return afterSsoProviderSaved(ctx);
  }
  if (ctx.path.startsWith("/sso/callback")) return afterSsoCallback(ctx);
}
