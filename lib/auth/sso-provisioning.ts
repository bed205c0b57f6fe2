import "server-only";
import { invalidateMembershipCache } from "@/lib/cache/invalidate";
import { addMember, getMembership } from "@/lib/db/members";
import { isEmailInProviderDomain } from "./sso-email-domain";
import { findSsoProvider, readStoredOidcConfig } from "./sso-providers";

type SsoProviderRow = { organizationId?: string | null; domain: string; oidcConfig?: unknown };

/**
 * better-auth `provisionUser` (when SSO creates the account): a person of the provider's domain joins its
 * workspace with the role the admin chose; anyone else the IdP vouches for joins nothing. The
 * plugin's own provisioning adds members without the domain check, with better-auth roles only,
 * and without dropping the cached membership, so it is off and this runs instead.
 */
export async function provisionSsoMember(data: {
  user: { id: string; email: string };
  provider: SsoProviderRow;
}): Promise<void> {
  const companyId = data.provider.organizationId;
  if (!companyId || !isEmailInProviderDomain(data.user.email, data.provider.domain)) return;
  if (await getMembership({ companyId, userId: data.user.id })) return;
  const { defaultRole } = readStoredOidcConfig(data.provider.oidcConfig);
  await addMember({ companyId, userId: data.user.id, role: defaultRole });
  await invalidateMembershipCache(companyId, data.user.id);
}

/**
 * better-auth `user.create.before`: an IdP may vouch for any address, but only people of the
 * provider's domain get an account through it, so SSO is no way around SIGN_UP_MODE.
 */
export async function refuseSsoNewcomerOutsideDomain(
  user: { email: string },
  ctx: { path?: string; params?: Record<string, unknown> } | null,
): Promise<false | undefined> {
  if (!ctx?.path?.startsWith("/sso/callback")) return undefined;
  const providerId = ctx.params?.providerId;
  const provider = typeof providerId === "string" ? await findSsoProvider({ providerId }) : null;
  return provider && isEmailInProviderDomain(user.email, provider.domain) ? undefined : false;
}
