import "server-only";
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { DomainError } from "@/lib/domain-error";
import { areLocalWebhooksAllowed, isPlainHttpAllowed } from "./local-webhooks";
import { isForbiddenWebhookAddress, isLoopbackAddress } from "./private-address";

/** Where a webhook may be sent: the URL and the one address it was checked at. */
export type WebhookTarget = { url: URL; address: string; family: 4 | 6 };

function refuse(reason: string): never {
  throw new DomainError({
    kind: "invalid_input",
    code: "webhook_url_refused",
    message: `The webhook URL is refused: ${reason}.`,
  });
}

async function resolveHost(hostname: string): Promise<{ address: string; family: number }[]> {
  const bare = hostname.replace(/^\[|\]$/g, "");
  if (isIP(bare)) return [{ address: bare, family: isIP(bare) }];
  try {
    return await lookup(bare, { all: true });
  } catch {
    return refuse(`its host ${hostname} does not resolve`);
  }
}

/**
 * Refuses a URL that is not https (in production), carries credentials, or whose host resolves to
 * any private, loopback, link-local, CGNAT, multicast or unspecified address. Called when an
 * endpoint is saved and again before every send (DNS may have changed since: rebinding); the send
 * then connects to the address returned here, never resolving the name a second time.
 */
export async function checkWebhookUrl(rawUrl: string): Promise<WebhookTarget> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return refuse("it is not a URL");
  }
  const isHttps = url.protocol === "https:";
  if (!isHttps && !(url.protocol === "http:" && isPlainHttpAllowed())) refuse("it must use https");
  if (url.username || url.password) refuse("it must not carry a user name or password");
  const addresses = await resolveHost(url.hostname);
  const allowLoopback = areLocalWebhooksAllowed();
  for (const { address } of addresses) {
    if (allowLoopback && isLoopbackAddress(address)) continue;
    if (isForbiddenWebhookAddress(address)) {
      refuse(`its host resolves to a private or local address (${address})`);
    }
  }
  const [first] = addresses;
  if (!first) return refuse(`its host ${url.hostname} does not resolve`);
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
}
