import { isIPv4, isIPv6 } from "node:net";
import { isPrivateAddress } from "@/lib/auth/sso-private-address";

/**
 * True for an address a webhook must never reach: private, loopback, link-local (cloud
 * metadata), CGNAT, multicast, unspecified, IPv6 unique-local, and any of those inside an
 * IPv4-mapped IPv6 address in either notation (`::ffff:127.0.0.1`, `::ffff:7f00:1`).
 */
export function isForbiddenWebhookAddress(address: string): boolean {
  const ip = address.toLowerCase().replace(/^\[|\]$/g, "");
  const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(ip);
  if (mappedHex?.[1] && mappedHex[2]) {
    const high = Number.parseInt(mappedHex[1], 16);
    const low = Number.parseInt(mappedHex[2], 16);
    return isPrivateAddress(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
  }
  if (!isIPv4(ip) && !isIPv6(ip)) return true;
  return isPrivateAddress(ip);
}

/** Loopback only: what WEBHOOKS_ALLOW_LOCAL lets through. */
export function isLoopbackAddress(address: string): boolean {
  const ip = address.toLowerCase().replace(/^\[|\]$/g, "");
  return ip === "::1" || /^(::ffff:)?127\./.test(ip) || /^::ffff:7f[0-9a-f]{2}:/.test(ip);
}
