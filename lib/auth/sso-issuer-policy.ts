import "server-only";
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { APIError } from "better-auth/api";
import { env } from "@/lib/env.mjs";
import { isPrivateAddress } from "./sso-private-address";

const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * An IdP on a private network is the operator's to allow (SSO_PRIVATE_ISSUER_ORIGINS), never a
 * workspace admin's: trusting one lets better-auth fetch from it. Outside production, loopback IdPs
 * (a local Keycloak, the tests' oidc-provider) are allowed too.
 */
export function isPrivateIssuerAllowed(origin: string): boolean {
  if (env.SSO_PRIVATE_ISSUER_ORIGINS.includes(origin)) return true;
  if (env.NODE_ENV === "production") return false;
  try {
    return loopbackHosts.has(new URL(origin).host.replace(/:\d+$/, ""));
  } catch {
    return false;
  }
}

async function resolveAddresses(hostname: string): Promise<string[]> {
  const bare = hostname.replace(/^\[|\]$/g, "");
  if (isIP(bare)) return [bare];
  try {
    return (await lookup(bare, { all: true })).map((entry) => entry.address);
  } catch {
    throw new APIError("BAD_REQUEST", {
      code: "SSO_ISSUER_UNREACHABLE",
      message: "The issuer's host name does not resolve.",
    });
  }
}

/**
 * Checked before the app trusts a new issuer for discovery (trust turns off better-auth's own
 * private-address check for that origin): HTTPS in production, and a public address unless the
 * operator allowed that private origin.
 */
export async function assertIssuerAllowed(issuer: string): Promise<void> {
  const url = new URL(issuer);
  if (isPrivateIssuerAllowed(url.origin)) return;
  if (env.NODE_ENV === "production" && url.protocol !== "https:") {
    throw new APIError("BAD_REQUEST", {
      code: "SSO_ISSUER_NOT_HTTPS",
      message: "The issuer must be an https:// URL.",
    });
  }
  const addresses = await resolveAddresses(url.hostname);
  if (addresses.some(isPrivateAddress)) {
    throw new APIError("BAD_REQUEST", {
      code: "SSO_ISSUER_PRIVATE",
      message:
        "The issuer is not on the public internet. An operator can allow it with SSO_PRIVATE_ISSUER_ORIGINS.",
    });
  }
}
