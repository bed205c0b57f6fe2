import "server-only";
import { isIP } from "node:net";
import { env } from "@/lib/env.mjs";

/**
 * The address a request came from, as far as this deployment can trust it, or null.
 *
 * - On Vercel the platform overwrites `x-vercel-forwarded-for` / `x-real-ip`; clients cannot set them.
 * - Behind `TRUSTED_PROXY_HOPS` proxies that each append to X-Forwarded-For, the client is the entry
 *   that many places from the right; everything left of it was written by the client.
 * - With 0 hops (no proxy configured) there is no address to trust: `next start` fills
 *   X-Forwarded-For from the socket only when the client sent none, so a client talking straight to
 *   Next would choose its own. Null then; limits by address need a proxy (or Vercel) in front.
 *
 * IPv6 addresses are bucketed by /64, the block one subscriber usually gets.
 */
export function getClientIp(req: Request): string | null {
  if (!hasTrustedClientIp()) return null;
  if (env.VERCEL) {
    const platform =
      req.headers.get("x-vercel-forwarded-for")?.split(",")[0] ?? req.headers.get("x-real-ip");
    return normalizeIp(platform);
  }
  const forwarded = (req.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const index = forwarded.length - env.TRUSTED_PROXY_HOPS;
  return normalizeIp(index >= 0 ? forwarded[index] : undefined);
}

/** Whether this deployment can know a client's address at all: on Vercel, or behind proxies. */
export function hasTrustedClientIp(): boolean {
  return Boolean(env.VERCEL) || env.TRUSTED_PROXY_HOPS > 0;
}

function normalizeIp(raw: string | null | undefined): string | null {
  const ip = raw?.trim().toLowerCase();
  if (!ip) return null;
  const version = isIP(ip);
  if (version === 4) return ip;
  if (version !== 6) return null;
  const mappedV4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip)?.[1];
  if (mappedV4) return mappedV4;
  // Still a valid address (the /64 network), so better-auth accepts it as a client IP too.
  return `${expandIpv6(ip).slice(0, 4).join(":")}::`;
}

function expandIpv6(ip: string): string[] {
  const [head = "", tail] = ip.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const zeros = Array(Math.max(0, 8 - left.length - right.length)).fill("0");
  return [...left, ...(tail === undefined ? [] : zeros), ...right].map((group) =>
    group.padStart(4, "0"),
  );
}
