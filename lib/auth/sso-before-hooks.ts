import "server-only";
import type { createAuthMiddleware } from "better-auth/api";
import { APIError, getSessionFromCtx } from "better-auth/api";
import type { z } from "zod";
import { getMembership } from "@/lib/db/members";
import { assertIssuerAllowed, isPrivateIssuerAllowed } from "./sso-issuer-policy";
import {
  findSsoProvider,
  isDomainClaimed,
  listRegisteredIssuerOrigins,
  originOf,
  saveSsoDefaultRole,
  toSsoProviderView,
} from "./sso-providers";
import { ssoRegisterExtrasSchema, ssoUpdateExtrasSchema } from "./sso-schemas";
import { roleCan } from "./workspace-access";

type AuthContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

function parseBody<T extends z.ZodType>(schema: T, ctx: AuthContext): z.infer<T> {
  const parsed = schema.safeParse(ctx.body ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new APIError("BAD_REQUEST", {
    code: "INVALID_SSO_PROVIDER",
    message: `${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}`,
  });
}

/** Only a member who manages members of THAT workspace may change how people get into it. */
async function assertManagesWorkspace(ctx: AuthContext, companyId: string | null) {
  const found = await getSessionFromCtx(ctx);
  if (!found) throw new APIError("UNAUTHORIZED", { message: "Sign in first." });
  const membership = companyId ? await getMembership({ companyId, userId: found.user.id }) : null;
  if (!membership || !roleCan(membership.role, "members:manage")) {
    throw new APIError("FORBIDDEN", {
      code: "SSO_FORBIDDEN",
      message: "Only the workspace's owners and admins manage its single sign-on.",
    });
  }
}

async function assertDomainFree(domain: string, exceptProviderId?: string) {
  if (await isDomainClaimed({ domain, exceptProviderId })) {
    throw new APIError("CONFLICT", {
      code: "SSO_DOMAIN_TAKEN",
      message: "Another identity provider already signs in people of this domain.",
    });
  }
}

/**
 * better-auth fetches an issuer's discovery document only from an origin it trusts, and any other
 * IdP endpoint on a private address only then. Listing IdPs in `trustedOrigins` would also make them
 * trusted redirect targets and origins for every endpoint, so the trust is added to this one SSO
 * request's context instead: a new issuer once checked (sso-issuer-policy.ts), and at sign-in only
 * the registered issuers an operator allowed on a private network; public ones need no trust and
 * stay under better-auth's own private-address checks.
 */
function trustForThisRequest(ctx: AuthContext, origins: (string | null)[]) {
  const extra = origins.filter((origin): origin is string => origin !== null);
  return {
    context: {
      context: { trustedOrigins: [...ctx.context.trustedOrigins, ...extra] },
    },
  };
}

const privateOriginAllowed = (issuer: string) => {
  const origin = originOf(issuer);
  return origin && isPrivateIssuerAllowed(origin) ? origin : null;
};

// POST /sso/register – the admin check, one domain per provider, OIDC only.
export async function guardSsoRegistration(ctx: AuthContext) {
  const body = parseBody(ssoRegisterExtrasSchema, ctx);
  await assertManagesWorkspace(ctx, body.organizationId);
  await assertDomainFree(body.domain);
  await assertIssuerAllowed(body.issuer);
  return trustForThisRequest(ctx, [originOf(body.issuer)]);
}

// POST /sso/update-provider – the same rules as registering, for the provider's own workspace.
export async function guardSsoProviderUpdate(ctx: AuthContext) {
  const body = parseBody(ssoUpdateExtrasSchema, ctx);
  const provider = await findSsoProvider({ providerId: body.providerId });
  if (!provider) throw new APIError("NOT_FOUND", { message: "Provider not found." });
  await assertManagesWorkspace(ctx, provider.organizationId);
  // better-auth refuses an update naming none of its own fields: a role change is the app's alone.
  const changesProvider = ["issuer", "domain", "oidcConfig"].some((key) => key in (ctx.body ?? {}));
  if (body.defaultRole && !changesProvider) {
    await saveSsoDefaultRole({ providerId: provider.providerId, defaultRole: body.defaultRole });
    const saved = await findSsoProvider({ providerId: provider.providerId });
    return ctx.json(saved ? toSsoProviderView(saved) : null);
  }
  if (body.domain) await assertDomainFree(body.domain, provider.providerId);
  if (body.issuer) await assertIssuerAllowed(body.issuer);
  return trustForThisRequest(ctx, [
    privateOriginAllowed(provider.issuer),
    body.issuer ? originOf(body.issuer) : null,
  ]);
}

// POST /sso/delete-provider – better-auth checks owner/admin too; ours is the one rule for all.
export async function guardSsoProviderDelete(ctx: AuthContext) {
  const body = parseBody(ssoUpdateExtrasSchema.pick({ providerId: true }), ctx);
  const provider = await findSsoProvider({ providerId: body.providerId });
  if (!provider) throw new APIError("NOT_FOUND", { message: "Provider not found." });
  await assertManagesWorkspace(ctx, provider.organizationId);
}

const returnUrlFields = ["callbackURL", "errorCallbackURL", "newUserCallbackURL"] as const;

/**
 * Where the browser goes after SSO is judged by the app's own trusted origins, before this request
 * also trusts the IdPs: a registered issuer is a place to sign in, not a place to be sent to.
 */
function assertReturnUrlsTrusted(ctx: AuthContext) {
  for (const field of returnUrlFields) {
    const value: unknown = ctx.body?.[field];
    if (value === undefined) continue;
    if (
      typeof value !== "string" ||
      !ctx.context.isTrustedOrigin(value, { allowRelativePaths: true })
    ) {
      throw new APIError("FORBIDDEN", {
        code: "INVALID_CALLBACK_URL",
        message: `Invalid ${field}.`,
      });
    }
  }
}

// POST /sign-in/sso and GET /sso/callback/:providerId – reach registered issuers only.
export async function trustRegisteredIssuers(ctx: AuthContext) {
  if (ctx.path === "/sign-in/sso") assertReturnUrlsTrusted(ctx);
  const providerId = typeof ctx.params?.providerId === "string" ? ctx.params.providerId : undefined;
  const origins = await listRegisteredIssuerOrigins({ providerId });
  return trustForThisRequest(ctx, origins.filter(isPrivateIssuerAllowed));
}
