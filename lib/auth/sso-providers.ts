import "server-only";
import { asc, eq, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ssoProviders } from "@/db/schema";
import { type SsoDefaultRole, storedOidcConfigSchema } from "./sso-schemas";

/** A workspace's identity provider as settings pages may show it: no client secret, ever. */
export type SsoProviderView = {
  providerId: string;
  issuer: string;
  domain: string;
  defaultRole: SsoDefaultRole;
  clientIdLastFour: string;
};

export function readStoredOidcConfig(raw: unknown) {
  let value = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      value = {};
    }
  }
  const parsed = storedOidcConfigSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : storedOidcConfigSchema.parse({});
}

const lastFour = (clientId: unknown) =>
  typeof clientId === "string" && clientId.length > 4 ? `****${clientId.slice(-4)}` : "****";

export function toSsoProviderView(row: typeof ssoProviders.$inferSelect): SsoProviderView {
  const config = readStoredOidcConfig(row.oidcConfig);
  return {
    providerId: row.providerId,
    issuer: row.issuer,
    domain: row.domain,
    defaultRole: config.defaultRole,
    clientIdLastFour: lastFour(config.clientId),
  };
}

/** The OIDC providers of one workspace, for its settings page. */
export async function listWorkspaceSsoProviders(options: {
  companyId: string;
}): Promise<SsoProviderView[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(ssoProviders)
    .where(eq(ssoProviders.organizationId, options.companyId))
    .orderBy(asc(ssoProviders.providerId));
  return rows.map(toSsoProviderView);
}

export async function findSsoProvider(options: { providerId: string }) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(ssoProviders)
    .where(eq(ssoProviders.providerId, options.providerId))
    .limit(1);
  return row ?? null;
}

/** Another provider already sending people of `domain` somewhere: the first one keeps it. */
export async function isDomainClaimed(options: {
  domain: string;
  exceptProviderId?: string;
}): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .select({ domain: ssoProviders.domain })
    .from(ssoProviders)
    .where(
      options.exceptProviderId ? ne(ssoProviders.providerId, options.exceptProviderId) : undefined,
    );
  // better-auth allows comma lists; rows written before the app's one-domain rule still count.
  return rows.some((row) =>
    row.domain
      .split(",")
      .some((claimed) => claimed.trim().toLowerCase() === options.domain.toLowerCase()),
  );
}

/** Keeps the newcomers' role inside the provider's OIDC JSON; better-auth's merges preserve it. */
export async function saveSsoDefaultRole(options: {
  providerId: string;
  defaultRole: SsoDefaultRole;
}): Promise<void> {
  const provider = await findSsoProvider(options);
  if (!provider?.oidcConfig) return;
  const config: Record<string, unknown> = JSON.parse(provider.oidcConfig);
  const db = await getDb();
  await db
    .update(ssoProviders)
    .set({ oidcConfig: JSON.stringify({ ...config, defaultRole: options.defaultRole }) })
    .where(eq(ssoProviders.providerId, options.providerId));
}

/** Origins of registered issuers: the only IdPs the app lets better-auth reach on a private host. */
export async function listRegisteredIssuerOrigins(options: { providerId?: string } = {}) {
  const db = await getDb();
  const rows = await db
    .select({ issuer: ssoProviders.issuer })
    .from(ssoProviders)
    .where(options.providerId ? eq(ssoProviders.providerId, options.providerId) : undefined);
  const origins = new Set<string>();
  for (const row of rows) {
    const origin = originOf(row.issuer);
    if (origin) origins.add(origin);
  }
  return [...origins];
}

export function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
